package dev.pims.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * Answers a form whose view state PIMS does not hold (forged, left out, from another session, or gone with an
 * expired session) with a redirect to the "page expired" page, so nothing of the form is processed. Left to the
 * error page of web.xml, the refusal would go out as HTTP 500 (the container's status for an exception), and as an
 * empty 500 when the post carried no PrimeFaces CSP nonce: the error dispatch of a post looks like a postback to
 * PrimeFaces, which then refuses to render.
 */
public class ExpiredViewRedirect extends ExceptionHandlerWrapper {

    private static final String EXPIRED_PAGE = "/error/expired";

    public ExpiredViewRedirect(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        for (Iterator<ExceptionQueuedEvent> queued =
                        getUnhandledExceptionQueuedEvents().iterator();
                queued.hasNext(); ) {
            if (isExpiredView(queued.next().getContext().getException())) {
                queued.remove();
                redirectToTheExpiredPage(FacesContext.getCurrentInstance());
            }
        }
        getWrapped().handle();
    }

    private static boolean isExpiredView(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void redirectToTheExpiredPage(FacesContext faces) {
        if (faces.getResponseComplete()) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
        } catch (IOException failed) {
            throw new FacesException(failed);
        }
        faces.responseComplete();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewRedirect(getWrapped().getExceptionHandler());
        }
    }
}
