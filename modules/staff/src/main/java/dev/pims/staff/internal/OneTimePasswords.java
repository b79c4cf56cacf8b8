package dev.pims.staff.internal;

import java.security.SecureRandom;

/**
 * The first password of a staff account, shown once and to be changed at the first login: 20 characters without
 * look-alikes (no 0/O, 1/l/I), so that it can be read out and typed without mistakes.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String madeUp() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
