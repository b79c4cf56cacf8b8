package dev.pims.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Turns away a request body larger than any form of PIMS sends, with 413 and the "too large" page, before anything
 * reads it. Without it the HTTP listener's own limit (2 MB) breaks the form parsing in the middle of the Faces
 * lifecycle, and the visitor gets the failure page (HTTP 500) for a request that was simply too large. A body of
 * unknown length (chunked) is refused with 411: browsers send forms with their length. Mapped in web.xml before
 * every filter that could read the body.
 * <p>
 * The page is rendered by a forward as if it were asked for with GET, not by {@code sendError}: the container's error
 * dispatch would hand Faces the request with its body, and Faces would parse it to tell whether it is a postback.
 */
@WebFilter(filterName = "OversizedRequestRefusal")
public class OversizedRequestRefusal extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /**
     * The largest body PIMS accepts: its largest form (sign-up, with a free-text field of 1 000 characters) is a few
     * kilobytes; a megabyte leaves room for every form in both languages and refuses nothing a person types.
     */
    static final long MAX_BODY_BYTES = 1024 * 1024;
    /** Read and thrown away, so that the client gets the answer; a larger body closes the connection. */
    private static final long MAX_DISCARDED_BYTES = 64L * 1024 * 1024;

    private static final String TOO_LARGE_PAGE = "/error/too-large.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > MAX_BODY_BYTES) {
            discardBody(request, response, length);
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } else if (chunked) {
            response.setHeader("Connection", "close");
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Reads the body unparsed and throws it away, so that a client that sends the whole body before it reads the
     * answer gets the answer. A body beyond {@link #MAX_DISCARDED_BYTES} is not read: the connection closes instead.
     */
    private static void discardBody(HttpServletRequest request, HttpServletResponse response, long length)
            throws IOException {
        if (length > MAX_DISCARDED_BYTES) {
            response.setHeader("Connection", "close");
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        try (var body = request.getInputStream()) {
            while (body.read(buffer) >= 0) {
                // thrown away
            }
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException, ServletException {
        response.setStatus(status);
        request.getRequestDispatcher(TOO_LARGE_PAGE).forward(new UnreadBody(request), response);
    }

    /** The request as a GET without a body: nothing downstream may read the body that was refused. */
    private static final class UnreadBody extends HttpServletRequestWrapper {

        UnreadBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
