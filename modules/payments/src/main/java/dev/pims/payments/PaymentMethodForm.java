package dev.pims.payments;

import java.io.Serializable;

/**
 * A payment method as the member types it, one form for every kind: the provider is the card company or the bank (none
 * for a mobile payment), the holder the account holder or the mobile subscriber (none for a card), the number the card,
 * account or mobile number, the expiry a card's, the approval number a mobile payment's. Checked by
 * {@link PaymentMethodRules}, never by Bean Validation, whose violations and their logs could carry the value. It keeps
 * {@link Object#toString()}: nothing prints a number.
 */
public class PaymentMethodForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private PaymentKind kind = PaymentKind.CARD;
    private String provider;
    private String holderName;
    private String number;
    private Integer expiryMonth;
    private Integer expiryYear;
    private String approvalNumber;

    /** Forgets the numbers typed, so that a page shown again after a refusal does not echo them. */
    public void forgetNumbers() {
        number = null;
        approvalNumber = null;
    }

    public PaymentKind getKind() {
        return kind;
    }

    public void setKind(PaymentKind kind) {
        this.kind = kind;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Integer getExpiryMonth() {
        return expiryMonth;
    }

    public void setExpiryMonth(Integer expiryMonth) {
        this.expiryMonth = expiryMonth;
    }

    public Integer getExpiryYear() {
        return expiryYear;
    }

    public void setExpiryYear(Integer expiryYear) {
        this.expiryYear = expiryYear;
    }

    public String getApprovalNumber() {
        return approvalNumber;
    }

    public void setApprovalNumber(String approvalNumber) {
        this.approvalNumber = approvalNumber;
    }
}
