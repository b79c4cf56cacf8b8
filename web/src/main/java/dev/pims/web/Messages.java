package dev.pims.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Puts a message from the page bundle, in the visitor's language, on the page or next to one field. */
public final class Messages {

    private static final String BUNDLE = "dev.pims.web.messages";

    private Messages() {}

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error shown next to the field with the given client id, e.g. {@code signup:password}. */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Keeps messages across the redirect that follows a successful form (post-redirect-get). */
    public static void keepForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        String text =
                arguments.length == 0 ? bundle.getString(key) : MessageFormat.format(bundle.getString(key), arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
