package dev.pims.web.inquiry;

import dev.pims.inquiry.InquiryDesk;
import dev.pims.inquiry.InquiryForm;
import dev.pims.web.i18n.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code /inquiry}: anyone writes to the privacy officer (policy §12) with a subject, the text, the address the reply
 * goes to and, if they wish, a name; the reply comes in the language of the page.
 */
@Named
@ViewScoped
public class InquiryFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InquiryDesk desk;

    @Inject
    private LanguageSelection language;

    private final InquiryForm form = new InquiryForm();
    private Long caseNumber;

    public void submit() {
        form.setLanguage(language.getLanguage());
        caseNumber = desk.submit(form);
    }

    public InquiryForm getForm() {
        return form;
    }

    public boolean isSent() {
        return caseNumber != null;
    }

    public Long getCaseNumber() {
        return caseNumber;
    }
}
