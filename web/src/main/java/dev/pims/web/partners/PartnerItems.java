package dev.pims.web.partners;

import dev.pims.membership.CareField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The items of a partner or a provision as the page's language names them, e.g. "Name, Company". */
@Named
@ApplicationScoped
public class PartnerItems {

    private static final String BUNDLE = "dev.pims.web.messages";

    public String labels(List<CareField> items) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return items.stream()
                .map(item -> bundle.getString("care.field." + item.name()))
                .collect(Collectors.joining(", "));
    }
}
