package dev.pims.web;

import dev.pims.store.LockConflicts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Serves a page again when the store rolled back one of its transactions for a lost lock conflict
 * ({@link LockConflicts}), instead of the failure page: on Derby, a page that reads a table while retention compacts it
 * (policy §6B). Only GET and HEAD are served again: pages that read, and the links of mails (verification, restore,
 * e-mail change), each of which is one transaction that the lost conflict rolled back; and only while nothing of the
 * answer has been sent: the page is kept in a buffer larger than a member page until it is done. A form's failed post
 * shows the failure page, which asks to try again; a login is tried again by the identity store, whose one
 * transaction it is.
 */
@WebFilter(filterName = "LockConflictRetryFilter")
public class LockConflictRetryFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

    /** What a page may write before the first of it is sent: more than any member page. */
    private static final int PAGE_BUFFER_BYTES = 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        // A page whose data is read while it is rendered can be served again only while none of it was sent.
        response.setBufferSize(PAGE_BUFFER_BYTES);
        LockConflicts.<Void, IOException, ServletException>retried(
                () -> {
                    chain.doFilter(request, response);
                    return null;
                },
                () -> startedAfresh(response));
    }

    /** Throws away what the failed try wrote, if none of it was sent; whether the page may be served again. */
    private static boolean startedAfresh(HttpServletResponse response) {
        if (response.isCommitted()) {
            return false;
        }
        response.resetBuffer();
        return true;
    }
}
