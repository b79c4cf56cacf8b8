package dev.pims.inspection.internal;

import dev.pims.audit.AccessTask;
import dev.pims.inspection.ActorCounts;
import dev.pims.inspection.InspectionFlagView;
import dev.pims.inspection.InspectionReportView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The inspection report as PDF (OpenPDF), for the file of the monthly inspection, labelled in the auditor's language
 * from the bundle {@code report} beside this class. Every text is set in the Korean CID font HYGoThic-Medium, which
 * PDF readers supply themselves (not embedded): it has Latin letters too, so Korean labels, names and review notes
 * show whatever fonts the server has.
 */
final class ReportPdf {

    private static final String LABELS = "dev.pims.inspection.internal.report";

    private ReportPdf() {}

    static byte[] of(InspectionReportView report, Locale locale) {
        // No fallback to the server's default locale: English is the base bundle, not whatever the JVM runs in.
        ResourceBundle labels = ResourceBundle.getBundle(
                LABELS, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            String title = label(labels, "title", report.period(), report.zone());
            document.addTitle(title);
            document.open();
            BaseFont korean = BaseFont.createFont("HYGoThic-Medium", "UniKS-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font heading = new Font(korean, 14, Font.BOLD);
            Font small = new Font(korean, 8);
            document.add(new Paragraph(title, heading));
            document.add(new Paragraph(
                    label(labels, "made", report.createdAt(), report.createdBy(), report.settings()), small));
            document.add(new Paragraph(signOff(report, labels), small));
            document.add(new Paragraph(label(labels, "counts"), heading));
            PdfPTable counts = new PdfPTable(AccessTask.values().length + 2);
            counts.setWidthPercentage(100);
            counts.setSpacingBefore(6);
            cell(counts, label(labels, "actor"), small);
            for (AccessTask task : AccessTask.values()) {
                cell(counts, task.name(), small);
            }
            cell(counts, label(labels, "total"), small);
            for (ActorCounts actor : report.counts()) {
                cell(counts, actor.actorId(), small);
                for (AccessTask task : AccessTask.values()) {
                    cell(counts, String.valueOf(actor.byTask().get(task)), small);
                }
                cell(counts, String.valueOf(actor.total()), small);
            }
            document.add(counts);
            document.add(new Paragraph(label(labels, "flags", report.flags().size(), report.unreviewed()), heading));
            PdfPTable flags = new PdfPTable(new float[] {2, 3, 2, 1, 4, 5});
            flags.setWidthPercentage(100);
            flags.setSpacingBefore(6);
            for (String column : new String[] {"kind", "actor", "day", "observed", "detail", "review"}) {
                cell(flags, label(labels, column), small);
            }
            for (InspectionFlagView flag : report.flags()) {
                cell(flags, flag.kind().name(), small);
                cell(flags, flag.actorId(), small);
                cell(flags, flag.day().toString(), small);
                cell(flags, String.valueOf(flag.observed()), small);
                cell(
                        flags,
                        (flag.recordId() == null ? "" : label(labels, "record", flag.recordId()) + " ")
                                + (flag.detail() == null ? "" : flag.detail()),
                        small);
                cell(
                        flags,
                        flag.reviewed()
                                ? flag.reviewedAt() + " " + flag.reviewedBy() + ": " + flag.reviewNote()
                                : label(labels, "notReviewed"),
                        small);
            }
            document.add(flags);
        } catch (DocumentException | IOException failure) {
            throw new IllegalStateException("The inspection report could not be written as PDF", failure);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static String signOff(InspectionReportView report, ResourceBundle labels) {
        if (!report.signedOff()) {
            return label(labels, "notSignedOff");
        }
        return report.signOffNote() == null
                ? label(labels, "signedOff", report.signedOffAt(), report.signedOffBy())
                : label(labels, "signedOffNote", report.signedOffAt(), report.signedOffBy(), report.signOffNote());
    }

    /** Arguments as text, so that numbers and times are not formatted by the locale (ids stay 1234, not 1,234). */
    private static String label(ResourceBundle labels, String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), labels.getLocale())
                .format(Arrays.stream(arguments).map(String::valueOf).toArray());
    }

    private static void cell(PdfPTable table, String text, Font font) {
        table.addCell(new Paragraph(text == null ? "" : text, font));
    }
}
