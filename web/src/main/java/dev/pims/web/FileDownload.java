package dev.pims.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Answers the current Faces request with a file instead of a page: member exports, access-log exports, reports. */
public final class FileDownload {

    /** Lets spreadsheet programs read a CSV file as UTF-8 (Korean names). */
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FileDownload() {}

    public static void csv(String fileName, String csv) throws IOException {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BYTE_ORDER_MARK.length + text.length];
        System.arraycopy(BYTE_ORDER_MARK, 0, file, 0, BYTE_ORDER_MARK.length);
        System.arraycopy(text, 0, file, BYTE_ORDER_MARK.length, text.length);
        send(fileName, "text/csv; charset=UTF-8", file);
    }

    public static void send(String fileName, String contentType, byte[] content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        // Only the body so far: a reset of the whole response would drop the headers of SecurityHeadersFilter
        // (no-store, nosniff, the CSP), and a file of personal data needs them as much as a page.
        ((HttpServletResponse) external.getResponse()).resetBuffer();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        }
        faces.responseComplete();
    }
}
