package dev.pims.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a person writes to the privacy officer (policy §12): a subject, the text, the address the reply goes to, and,
 * if they wish, a name. A member's reply address starts as their own e-mail address. Written by Faces inputs, hence a
 * class with getters and setters.
 */
public class InquiryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{pims.inquiry.subject.required}")
    @Size(max = InquiryRules.SUBJECT_MAX, message = "{pims.field.tooLong}")
    @Pattern(regexp = InquiryRules.PLAIN_LINE, message = "{pims.field.plainText}")
    private String subject;

    @NotBlank(message = "{pims.inquiry.text.required}")
    @Size(max = InquiryRules.TEXT_MAX, message = "{pims.field.tooLong}")
    @Pattern(regexp = InquiryRules.PLAIN_TEXT, message = "{pims.field.plainText}")
    private String text;

    @NotBlank(message = "{pims.inquiry.replyTo.required}")
    @Size(max = InquiryRules.ADDRESS_MAX, message = "{pims.field.tooLong}")
    @Pattern(regexp = InquiryRules.EMAIL, message = "{pims.field.email}")
    private String replyTo;

    @Size(max = InquiryRules.NAME_MAX, message = "{pims.field.tooLong}")
    @Pattern(regexp = InquiryRules.PLAIN_LINE, message = "{pims.field.plainText}")
    private String name;

    /** The language the reply is written in: the one the form was sent in. */
    @Pattern(regexp = "ko|en", message = "{pims.field.language}")
    private String language = "ko";

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    public String getName() {
        return name;
    }

    /** A blank name is none. */
    public void setName(String name) {
        this.name = name == null || name.isBlank() ? null : name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
