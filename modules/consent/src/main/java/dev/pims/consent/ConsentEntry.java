package dev.pims.consent;

import dev.pims.shared.ConsentPurpose;
import java.time.LocalDateTime;

/** One line of a member's consent history, as the "my consents" page shows it. */
public class ConsentEntry {

    private final ConsentPurpose purpose;
    private final ConsentAction action;
    private final String policyVersion;
    private final LocalDateTime occurredAt;
    private final String clientIp;
    private final ConsentMethod method;

    public ConsentEntry(ConsentPurpose purpose, ConsentAction action, String policyVersion, LocalDateTime occurredAt,
            String clientIp, ConsentMethod method) {
        this.purpose = purpose;
        this.action = action;
        this.policyVersion = policyVersion;
        this.occurredAt = occurredAt;
        this.clientIp = clientIp;
        this.method = method;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public ConsentAction getAction() {
        return action;
    }

    public String getPolicyVersion() {
        return policyVersion;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getClientIp() {
        return clientIp;
    }

    public ConsentMethod getMethod() {
        return method;
    }
}
