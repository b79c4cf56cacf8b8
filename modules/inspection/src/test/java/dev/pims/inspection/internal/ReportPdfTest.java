package dev.pims.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.inspection.InspectionReportView;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The report's PDF in both languages: the same labels in each bundle, and a font that has Hangul. */
class ReportPdfTest {

    private static final String LABELS = "dev.pims.inspection.internal.report";

    @Test
    void bothLanguagesHaveEveryLabel() {
        ResourceBundle english = ResourceBundle.getBundle(LABELS, Locale.ROOT);
        ResourceBundle korean = ResourceBundle.getBundle(LABELS, Locale.KOREAN);
        assertThat(korean.getLocale()).isEqualTo(Locale.KOREAN);
        assertThat(korean.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    void aKoreanReportIsSetInAKoreanFontWhateverTheServerHas() {
        InspectionReportView report = new InspectionReportView(
                "2025-03",
                "Asia/Seoul",
                LocalDateTime.of(2025, 4, 1, 0, 0),
                "staff:감사자",
                "bulk>100",
                LocalDateTime.of(2025, 4, 2, 9, 0),
                "staff:감사자",
                "모두 확인함",
                List.of(),
                List.of());
        for (Locale language : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            String pdf = new String(ReportPdf.of(report, language), StandardCharsets.ISO_8859_1);
            assertThat(pdf).startsWith("%PDF-").contains("/BaseFont/HYGoThic-Medium");
        }
    }
}
