package dev.pims.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a record of a sent mail keeps of the address it went to (a dormancy notice, a marketing reconfirmation, a
 * newsletter): its SHA-256, of the address trimmed and in lower case as membership compares addresses, so that the
 * record shows which address was written to without holding it. Here, beside the outbox, because every module that
 * keeps proof of a mail needs the same hash.
 */
public final class AddressHash {

    private AddressHash() {}

    public static String of(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
