package dev.pims.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Every one-time link of an account works once, and only before it expires; a new password ends older sessions. */
class MemberAccountTest {

    private static final LocalDateTime JOINED = LocalDateTime.of(2026, 11, 22, 9, 0);

    @Test
    void aValidLinkActivatesTheAccount() {
        MemberAccount account = waiting();
        assertThat(account.verifyEmail(JOINED.plusHours(23), false)).isTrue();
        assertThat(account.isActive()).isTrue();
        assertThat(account.getEmailVerifiedAt()).isEqualTo(JOINED.plusHours(23));
    }

    @Test
    void anExpiredLinkActivatesNothing() {
        MemberAccount account = waiting();
        assertThat(account.verifyEmail(JOINED.plusHours(25), false)).isFalse();
        assertThat(account.isActive()).isFalse();
    }

    @Test
    void aUsedLinkCannotBeUsedAgain() {
        MemberAccount account = waiting();
        account.verifyEmail(JOINED.plusMinutes(5), false);
        assertThat(account.verifyEmail(JOINED.plusMinutes(6), false)).isFalse();
        assertThat(account.getEmailVerifiedAt()).isEqualTo(JOINED.plusMinutes(5));
    }

    @Test
    void aNewVerificationLinkReplacesTheOldButNotWithinMinutesOfIt() {
        MemberAccount account = waiting();
        Duration day = Duration.ofHours(24);
        assertThat(account.renewVerification("second", JOINED.plusMinutes(2), day, Duration.ofMinutes(3)))
                .isFalse();
        assertThat(account.renewVerification("second", JOINED.plusMinutes(4), day, Duration.ofMinutes(3)))
                .isTrue();
        assertThat(account.verifyEmail(JOINED.plusMinutes(4).plusHours(24), false))
                .isTrue();
    }

    @Test
    void aResetLinkWorksForItsMinutesAndANewPasswordSpendsItAndEndsOlderSessions() {
        MemberAccount account = active();
        LocalDateTime asked = JOINED.plusDays(1);
        assertThat(account.awaitReset("reset", asked, Duration.ofMinutes(30), Duration.ofMinutes(3)))
                .isTrue();
        assertThat(account.awaitReset("again", asked.plusMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(3)))
                .as("not within minutes of the last")
                .isFalse();
        assertThat(account.mayReset(asked.plusMinutes(30))).isTrue();
        assertThat(account.mayReset(asked.plusMinutes(31))).isFalse();

        int before = account.getSessionGeneration();
        assertThat(account.changePassword("new-hash")).isEqualTo(before + 1);
        assertThat(account.mayReset(asked.plusMinutes(1))).as("spent").isFalse();
    }

    @Test
    void aNewAddressCountsOnlyOnceConfirmedInTime() {
        MemberAccount account = active();
        LocalDateTime asked = JOINED.plusDays(1);
        account.awaitEmailChange("new@example.com", "change", asked.plusHours(24));
        assertThat(account.getEmail()).isEqualTo("member@example.com");
        assertThat(account.confirmEmailChange(asked.plusHours(25))).isEmpty();

        account.awaitEmailChange("new@example.com", "change", asked.plusHours(24));
        assertThat(account.confirmEmailChange(asked.plusHours(1))).contains("member@example.com");
        assertThat(account.getEmail()).isEqualTo("new@example.com");
        assertThat(account.confirmEmailChange(asked.plusHours(2))).as("spent").isEmpty();
    }

    private static MemberAccount active() {
        MemberAccount account = waiting();
        account.verifyEmail(JOINED.plusMinutes(1), false);
        return account;
    }

    private static MemberAccount waiting() {
        return new MemberAccount("member@example.com", "hash", "ko", JOINED, "token-hash", JOINED.plusHours(24));
    }
}
