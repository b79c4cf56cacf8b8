package dev.pims.web.policy;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import dev.pims.consent.PolicyArchive;
import dev.pims.consent.PolicyVersionView;
import dev.pims.web.i18n.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code /policy/compare?from=N&to=M}: two published versions of the privacy policy side by side, paragraph by
 * paragraph, in the visitor's language, the earlier effective date on the left; changed paragraphs are marked, and
 * within them the words removed and added. The texts are escaped before the marks are put in (java-diff-utils' HTML
 * line normaliser), so the page may write the marked lines as they are.
 */
@Named
@RequestScoped
public class PolicyComparisonPage {

    private static final DiffRowGenerator DIFF = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .lineNormalizer(DiffRowGenerator.LINE_NORMALIZER_FOR_HTML)
            .oldTag(start -> start ? "<del class=\"diff-removed\">" : "</del>")
            .newTag(start -> start ? "<ins class=\"diff-added\">" : "</ins>")
            .build();

    /** One paragraph of each side; {@code change} is EQUAL, CHANGE, INSERT or DELETE. */
    public record ComparedParagraph(String change, String older, String newer) {

        public boolean changed() {
            return !"EQUAL".equals(change);
        }
    }

    @Inject
    private PolicyArchive archive;

    @Inject
    private LanguageSelection languageSelection;

    private PolicyVersionView older;
    private PolicyVersionView newer;
    private List<ComparedParagraph> paragraphs = List.of();

    @PostConstruct
    void load() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        Optional<PolicyVersionView> one = version(parameters.get("from"));
        Optional<PolicyVersionView> other = version(parameters.get("to"));
        if (one.isEmpty() || other.isEmpty()) {
            return;
        }
        List<PolicyVersionView> ordered = Stream.of(one.get(), other.get())
                .sorted(Comparator.comparing(PolicyVersionView::effectiveOn).thenComparing(PolicyVersionView::id))
                .toList();
        older = ordered.get(0);
        newer = ordered.get(1);
        String language = languageSelection.getLanguage();
        paragraphs = compare(older.text(language), newer.text(language));
    }

    static List<ComparedParagraph> compare(String olderText, String newerText) {
        List<DiffRow> rows = DIFF.generateDiffRows(PolicyPage.paragraphs(olderText), PolicyPage.paragraphs(newerText));
        return rows.stream()
                .map(row -> new ComparedParagraph(row.getTag().name(), row.getOldLine(), row.getNewLine()))
                .toList();
    }

    private Optional<PolicyVersionView> version(String id) {
        return id != null && id.matches("\\d{1,18}") ? archive.published(Long.parseLong(id)) : Optional.empty();
    }

    public boolean isFound() {
        return older != null;
    }

    public PolicyVersionView getOlder() {
        return older;
    }

    public PolicyVersionView getNewer() {
        return newer;
    }

    public List<ComparedParagraph> getParagraphs() {
        return paragraphs;
    }

    public long getChanges() {
        return paragraphs.stream().filter(ComparedParagraph::changed).count();
    }
}
