package dev.pims.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A verification link works once, and only before it expires. */
class MemberAccountTest {

    private static final LocalDateTime JOINED = LocalDateTime.of(2026, 11, 22, 9, 0);

    @Test
    void aValidLinkActivatesTheAccount() {
        MemberAccount account = waiting();
        assertThat(account.verifyEmail(JOINED.plusHours(23))).isTrue();
        assertThat(account.isActive()).isTrue();
        assertThat(account.getEmailVerifiedAt()).isEqualTo(JOINED.plusHours(23));
    }

    @Test
    void anExpiredLinkActivatesNothing() {
        MemberAccount account = waiting();
        assertThat(account.verifyEmail(JOINED.plusHours(25))).isFalse();
        assertThat(account.isActive()).isFalse();
    }

    @Test
    void aUsedLinkCannotBeUsedAgain() {
        MemberAccount account = waiting();
        account.verifyEmail(JOINED.plusMinutes(5));
        assertThat(account.verifyEmail(JOINED.plusMinutes(6))).isFalse();
        assertThat(account.getEmailVerifiedAt()).isEqualTo(JOINED.plusMinutes(5));
    }

    private static MemberAccount waiting() {
        return new MemberAccount("member@example.com", "hash", "ko", JOINED, "token-hash", JOINED.plusHours(24));
    }
}
