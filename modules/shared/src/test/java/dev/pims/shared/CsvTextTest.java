package dev.pims.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void quotesOnlyWhatNeedsQuotingAndDoublesQuotes() {
        assertThat(new CsvText()
                        .line("plain", "a,b", "say \"hi\"", "two\nlines", null)
                        .toString())
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
        assertThat(CsvText.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvText.field("+82 10")).isEqualTo("'+82 10");
        assertThat(CsvText.field("-1")).isEqualTo("'-1");
        assertThat(CsvText.field("@sum")).isEqualTo("'@sum");
        assertThat(CsvText.field("kim@example.com")).isEqualTo("kim@example.com");
    }
}
