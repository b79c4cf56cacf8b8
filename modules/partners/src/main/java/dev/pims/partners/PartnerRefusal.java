package dev.pims.partners;

import jakarta.ejb.ApplicationException;

/** Why the registry or a provision refused the privacy officer's request; its message is a bundle key. */
@ApplicationException(rollback = true)
public class PartnerRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NO_SUCH_PARTNER,
        PARTNER_INACTIVE,
        NAME_TAKEN,
        NO_SUCH_MEMBER
    }

    private final Reason reason;

    public PartnerRefusal(Reason reason) {
        super("partners.refusal." + reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
