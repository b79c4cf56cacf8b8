package dev.pims.web.member;

import dev.pims.inquiry.InquiryForm;
import dev.pims.inquiry.InquiryView;
import dev.pims.inquiry.MyInquiries;
import dev.pims.membership.MemberSelfService;
import dev.pims.web.Messages;
import dev.pims.web.i18n.LanguageSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /my/inquiries}: the member's own inquiries and complaints with their state and replies, and a form for a new
 * one whose reply address starts as the member's e-mail address (policy §12). Each read is a VIEW access record.
 */
@Named
@ViewScoped
public class MyInquiriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyInquiries inquiries;

    @Inject
    private MemberSelfService members;

    @Inject
    private LanguageSelection language;

    private InquiryForm form;
    private List<InquiryView> mine;

    @PostConstruct
    void load() {
        mine = inquiries.viewMine();
        form = freshForm();
    }

    public void submit() {
        form.setLanguage(language.getLanguage());
        long number = inquiries.submit(form);
        // As text: MessageFormat would write a number with grouping (1,234).
        Messages.info("inquiry.sent", String.valueOf(number));
        mine = inquiries.viewMine();
        form = freshForm();
    }

    private InquiryForm freshForm() {
        InquiryForm fresh = new InquiryForm();
        fresh.setReplyTo(members.viewOwnProfile().email());
        return fresh;
    }

    public InquiryForm getForm() {
        return form;
    }

    public List<InquiryView> getMine() {
        return mine;
    }
}
