package dev.pims.web.partners;

import dev.pims.membership.CareField;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A member's field as a box of a list of items (the partner registry, a legal request) sends it: by its name. Named
 * rather than by type, because a list's element type is lost to Faces, which would put the names into the list as
 * strings.
 */
@FacesConverter("pims.careField")
public class CareFieldConverter implements Converter<CareField> {

    @Override
    public CareField getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CareField.valueOf(value);
        } catch (IllegalArgumentException notAField) {
            throw new ConverterException(notAField);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CareField value) {
        return value == null ? "" : value.name();
    }
}
