package dev.pims.notices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A business transfer as the privacy officer records it (policy §10): the transferee, how to reach them, the date,
 * and what passes to them in Korean and in English. Written by Faces inputs, hence a class with getters and setters.
 */
public class TransferForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line: no control characters, no angle brackets (as an inquiry's subject). */
    static final String PLAIN_LINE = "[^<>\\p{Cntrl}]*";
    /** Several lines: line breaks and tabs, no other control characters, no angle brackets. */
    static final String PLAIN_TEXT = "[^<>\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    @NotBlank(message = "{pims.transfer.transferee.required}")
    @Size(max = 200, message = "{pims.field.tooLong}")
    @Pattern(regexp = PLAIN_LINE, message = "{pims.field.plainText}")
    private String transferee;

    @NotBlank(message = "{pims.transfer.contact.required}")
    @Size(max = 500, message = "{pims.field.tooLong}")
    @Pattern(regexp = PLAIN_TEXT, message = "{pims.field.plainText}")
    private String contact;

    @NotNull(message = "{pims.transfer.date.required}")
    private LocalDate transferOn;

    @NotBlank(message = "{pims.transfer.passesKo.required}")
    @Size(max = 2000, message = "{pims.field.tooLong}")
    @Pattern(regexp = PLAIN_TEXT, message = "{pims.field.plainText}")
    private String passesKo;

    @NotBlank(message = "{pims.transfer.passesEn.required}")
    @Size(max = 2000, message = "{pims.field.tooLong}")
    @Pattern(regexp = PLAIN_TEXT, message = "{pims.field.plainText}")
    private String passesEn;

    public String getTransferee() {
        return transferee;
    }

    public void setTransferee(String transferee) {
        this.transferee = transferee;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public LocalDate getTransferOn() {
        return transferOn;
    }

    public void setTransferOn(LocalDate transferOn) {
        this.transferOn = transferOn;
    }

    public String getPassesKo() {
        return passesKo;
    }

    public void setPassesKo(String passesKo) {
        this.passesKo = passesKo;
    }

    public String getPassesEn() {
        return passesEn;
    }

    public void setPassesEn(String passesEn) {
        this.passesEn = passesEn;
    }
}
