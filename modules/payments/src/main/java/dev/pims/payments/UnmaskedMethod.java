package dev.pims.payments;

import java.io.Serializable;

/**
 * One method's numbers in clear, for the handler who gave a reason (policy §7B). Its {@link #toString()} names the
 * method only, so that no log line or message can carry the numbers.
 *
 * @param approvalNumber a mobile payment's approval number; null for any other kind
 */
public record UnmaskedMethod(long methodId, String number, String approvalNumber) implements Serializable {

    @Override
    public String toString() {
        return "UnmaskedMethod[methodId=" + methodId + "]";
    }
}
