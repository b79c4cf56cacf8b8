package dev.pims.inspection.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.pims.audit.AccessTask;
import dev.pims.inspection.ActorCounts;
import dev.pims.inspection.InspectionFlagView;
import dev.pims.inspection.InspectionReportView;
import java.io.ByteArrayOutputStream;

/**
 * The inspection report as PDF (OpenPDF), for the file of the monthly inspection. Labels are English; Korean text in
 * notes needs a CJK font, which a server does not always have, so the standard font is used and such characters may
 * not show (the CSV keeps every character).
 */
final class ReportPdf {

    private ReportPdf() {
    }

    static byte[] of(InspectionReportView report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("PIMS access-log inspection " + report.getPeriod());
            document.open();
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
            document.add(new Paragraph("PIMS access-log inspection " + report.getPeriod() + " (" + report.getZone()
                    + ")", heading));
            document.add(new Paragraph("Made " + report.getCreatedAt() + " UTC by " + report.getCreatedBy()
                    + "; " + report.getSettings(), small));
            document.add(new Paragraph(report.isSignedOff()
                    ? "Signed off " + report.getSignedOffAt() + " UTC by " + report.getSignedOffBy()
                            + (report.getSignOffNote() == null ? "" : ": " + report.getSignOffNote())
                    : "Not signed off", small));
            document.add(new Paragraph("Records per actor and task", heading));
            PdfPTable counts = new PdfPTable(AccessTask.values().length + 2);
            counts.setWidthPercentage(100);
            counts.setSpacingBefore(6);
            cell(counts, "Actor", small);
            for (AccessTask task : AccessTask.values()) {
                cell(counts, task.name(), small);
            }
            cell(counts, "Total", small);
            for (ActorCounts actor : report.getCounts()) {
                cell(counts, actor.getActorId(), small);
                for (AccessTask task : AccessTask.values()) {
                    cell(counts, String.valueOf(actor.getByTask().get(task)), small);
                }
                cell(counts, String.valueOf(actor.getTotal()), small);
            }
            document.add(counts);
            document.add(new Paragraph("Flags (" + report.getFlags().size() + ", unreviewed "
                    + report.getUnreviewed() + ")", heading));
            PdfPTable flags = new PdfPTable(new float[] {2, 3, 2, 1, 4, 5});
            flags.setWidthPercentage(100);
            flags.setSpacingBefore(6);
            for (String title : new String[] {"Kind", "Actor", "Day", "Observed", "Detail", "Review"}) {
                cell(flags, title, small);
            }
            for (InspectionFlagView flag : report.getFlags()) {
                cell(flags, flag.getKind().name(), small);
                cell(flags, flag.getActorId(), small);
                cell(flags, flag.getDay().toString(), small);
                cell(flags, String.valueOf(flag.getObserved()), small);
                cell(flags, (flag.getRecordId() == null ? "" : "record " + flag.getRecordId() + ": ")
                        + (flag.getDetail() == null ? "" : flag.getDetail()), small);
                cell(flags, flag.isReviewed() ? flag.getReviewedAt() + " " + flag.getReviewedBy() + ": "
                        + flag.getReviewNote() : "not reviewed", small);
            }
            document.add(flags);
        } catch (DocumentException failure) {
            throw new IllegalStateException("The inspection report could not be written as PDF", failure);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void cell(PdfPTable table, String text, Font font) {
        table.addCell(new Paragraph(text == null ? "" : text, font));
    }
}
