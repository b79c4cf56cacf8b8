package dev.pims.web.it;

import dev.pims.staff.testing.StaffStore;
import dev.pims.store.testing.StoreConnections;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * The authenticator app of the tests: RFC 6238 codes (HMAC-SHA1, 6 digits, 30-second steps) computed here from the
 * RFC, not by the library PIMS uses, so that a test shows PIMS speaks the standard every phone app speaks.
 */
final class Totp {

    private static final long STEP_MILLIS = 30_000;
    /** A code made this close to the end of its step may reach the server in the next one; wait for that. */
    private static final long SAFETY_MILLIS = 2_000;

    private static final StaffStore STAFF = new StaffStore(StoreConnections.operational());

    private Totp() {}

    /** The code of this secret (Base32, as the enrolment page shows it) at this time step (RFC 4226 truncation). */
    static String codeAt(String base32Secret, long step) {
        return codeAt(new Base32().decode(base32Secret.replace(" ", "")), step);
    }

    static String codeAt(byte[] key, long step) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash =
                    hmac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The code of the step before now, which the server still takes, as a person who types slowly sends it; waits for
     * the next step when this one is about to end, since the code would then reach the server two steps late.
     */
    static String codeOfTheStepBefore(String base32Secret) throws InterruptedException {
        long millis = System.currentTimeMillis();
        if (millis % STEP_MILLIS > STEP_MILLIS - SAFETY_MILLIS) {
            Thread.sleep(STEP_MILLIS - millis % STEP_MILLIS + 100);
        }
        return codeAt(base32Secret, System.currentTimeMillis() / STEP_MILLIS - 1);
    }

    /**
     * A code the server takes now for this staff account, as a person would type the next one their app shows:
     * of the earliest step the server still accepts (the one before, now, the one after) that is later than the
     * last code it accepted; waits for the next step when all of those were used.
     */
    static String nextCodeFor(String loginId) throws SQLException, InterruptedException {
        StaffStore.Account account = STAFF.accountOf(loginId).orElseThrow();
        String secret = account.totpSecret();
        long lastStep = account.totpLastStep();
        while (true) {
            long millis = System.currentTimeMillis();
            long now = millis / STEP_MILLIS;
            long step = Math.max(now - 1, lastStep + 1);
            boolean endOfStep = millis % STEP_MILLIS > STEP_MILLIS - SAFETY_MILLIS;
            if (step <= now + 1 && !(endOfStep && step < now + 1)) {
                return codeAt(secret, step);
            }
            Thread.sleep(STEP_MILLIS - millis % STEP_MILLIS + 100);
        }
    }

    /** A six-digit code that is not this one. */
    static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
