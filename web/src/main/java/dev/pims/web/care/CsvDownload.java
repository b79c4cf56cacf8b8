package dev.pims.web.care;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Answers the current Faces request with a CSV file instead of a page. */
final class CsvDownload {

    /** Lets spreadsheet programs read the file as UTF-8 (Korean names). */
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvDownload() {
    }

    static void send(String fileName, String csv) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(BYTE_ORDER_MARK);
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }
}
