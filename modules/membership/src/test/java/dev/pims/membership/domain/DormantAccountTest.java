package dev.pims.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * An account becomes dormant only as its cycle's notice announced (still active, idle since then for the whole year, not
 * kept active), becomes a stub without its address, and comes back once by a link that has not expired, or without
 * one only to be withdrawn.
 */
class DormantAccountTest {

    private static final LocalDateTime JOINED = LocalDateTime.of(2025, 1, 10, 9, 0);
    private static final Duration YEAR = Duration.ofDays(365);
    private static final LocalDateTime DUE = JOINED.plus(YEAR);

    @Test
    void anAccountIdleSinceTheNoticedCycleForAYearIsDormant() {
        MemberAccount account = active();
        assertThat(account.isDormantAt(JOINED, DUE, YEAR)).isTrue();
        assertThat(account.isDormantAt(JOINED, DUE.minusSeconds(1), YEAR)).isFalse();
    }

    @Test
    void aLoginAfterTheNoticeBeginsANewCycleAndCancelsTheSeparation() {
        MemberAccount account = active();
        account.noteActivity(JOINED.plusDays(340));
        assertThat(account.isDormantAt(JOINED, DUE, YEAR)).isFalse();
    }

    @Test
    void anAgreementToStayActiveBeyondTheRunKeepsTheAccountActive() {
        MemberAccount account = active();
        account.agreeToStayActiveUntil(DUE.plusDays(1));
        assertThat(account.isDormantAt(JOINED, DUE, YEAR)).isFalse();
        assertThat(account.isDormantAt(JOINED, DUE.plusDays(1), YEAR)).isTrue();
    }

    @Test
    void aStubKeepsTheHashInsteadOfTheAddressAndIsSeparatedOnlyOnce() {
        MemberAccount account = active();
        account.becomeDormant("dormant:abc");
        assertThat(account.getEmail()).isEqualTo("dormant:abc");
        assertThat(account.isDormant()).isTrue();
        assertThat(account.isDormantAt(JOINED, DUE, YEAR)).isFalse();
        assertThatThrownBy(() -> account.becomeDormant("dormant:abc")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRestoreLinkBringsTheAccountBackOnceAndBeginsANewCycle() {
        MemberAccount account = active();
        account.becomeDormant("dormant:abc");
        LocalDateTime login = DUE.plusDays(40);
        account.awaitRestore("token-hash", login.plusHours(24));
        assertThat(account.mayRestore(login.plusHours(1))).isTrue();
        account.restore("member@example.com", login.plusHours(1));
        assertThat(account.isActive()).isTrue();
        assertThat(account.getEmail()).isEqualTo("member@example.com");
        assertThat(account.getLastActiveAt()).isEqualTo(login.plusHours(1));
        assertThat(account.mayRestore(login.plusHours(2))).isFalse();
    }

    @Test
    void anExpiredRestoreLinkBringsNothingBack() {
        MemberAccount account = active();
        account.becomeDormant("dormant:abc");
        account.awaitRestore("token-hash", DUE.plusHours(24));
        assertThat(account.mayRestore(DUE.plusHours(25))).isFalse();
        assertThatThrownBy(() -> account.restore("member@example.com", DUE.plusHours(25)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(account.isDormant()).isTrue();
    }

    @Test
    void onlyADormantAccountReturnsWithoutALinkToBeWithdrawn() {
        MemberAccount account = active();
        assertThatThrownBy(() -> account.returnToBeWithdrawn("member@example.com"))
                .isInstanceOf(IllegalStateException.class);
        account.becomeDormant("dormant:abc");
        account.returnToBeWithdrawn("member@example.com");
        assertThat(account.isActive()).isTrue();
        assertThat(account.getEmail()).isEqualTo("member@example.com");
    }

    private static MemberAccount active() {
        MemberAccount account =
                new MemberAccount("member@example.com", "hash", "ko", JOINED, "token-hash", JOINED.plusHours(24));
        account.verifyEmail(JOINED, false);
        return account;
    }
}
