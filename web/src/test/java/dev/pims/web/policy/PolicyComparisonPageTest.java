package dev.pims.web.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.web.policy.PolicyComparisonPage.ComparedParagraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The side-by-side comparison of two policy texts, paragraph by paragraph (policy §13). */
class PolicyComparisonPageTest {

    @Test
    void anAddedParagraphIsTheOnlyChangeWhateverTheLineEndings() {
        String older = "1. Purpose\n\nWe collect your e-mail address.\nAnd your name.\n\n2. Retention";
        String newer =
                "1. Purpose\r\n\r\nWe collect your e-mail address.\r\nAnd your name.\r\n\r\n2. Retention\r\n\r\n3. New";

        List<ComparedParagraph> rows = PolicyComparisonPage.compare(older, newer);

        assertThat(rows).extracting(ComparedParagraph::change).containsExactly("EQUAL", "EQUAL", "EQUAL", "INSERT");
        assertThat(rows.get(3).newer()).contains("3. New");
    }

    @Test
    void aChangedWordIsMarkedAndTheTextIsEscapedBeforeTheMarksGoIn() {
        List<ComparedParagraph> rows =
                PolicyComparisonPage.compare("Kept <b>one</b> year.", "Kept <b>three</b> years.");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.change()).isEqualTo("CHANGE");
            assertThat(row.older()).contains("<del class=\"diff-removed\">").contains("&lt;b&gt;");
            assertThat(row.newer()).contains("<ins class=\"diff-added\">").doesNotContain("<b>");
        });
    }
}
