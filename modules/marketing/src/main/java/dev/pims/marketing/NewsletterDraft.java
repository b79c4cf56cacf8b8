package dev.pims.marketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A newsletter as the privacy officer writes it, in Korean and in English: each member gets it in their language. */
public class NewsletterDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{pims.newsletter.subjectKo.required}")
    @Size(max = 200, message = "{pims.field.tooLong}")
    private String subjectKo;

    @NotBlank(message = "{pims.newsletter.subjectEn.required}")
    @Size(max = 200, message = "{pims.field.tooLong}")
    private String subjectEn;

    @NotBlank(message = "{pims.newsletter.bodyKo.required}")
    @Size(max = 20000, message = "{pims.field.tooLong}")
    private String bodyKo;

    @NotBlank(message = "{pims.newsletter.bodyEn.required}")
    @Size(max = 20000, message = "{pims.field.tooLong}")
    private String bodyEn;

    public String getSubjectKo() {
        return subjectKo;
    }

    public void setSubjectKo(String subjectKo) {
        this.subjectKo = subjectKo;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public void setSubjectEn(String subjectEn) {
        this.subjectEn = subjectEn;
    }

    public String getBodyKo() {
        return bodyKo;
    }

    public void setBodyKo(String bodyKo) {
        this.bodyKo = bodyKo;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }
}
