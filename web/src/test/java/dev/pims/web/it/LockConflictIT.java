package dev.pims.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.testing.MemberStore;
import dev.pims.store.testing.HeldTableLock;
import dev.pims.store.testing.StoreConnections;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A member who logs in or opens a page while the store holds the table PIMS needs (on Derby: retention compacting it,
 * policy §6B) gets the page once the table is free, not the failure page: the transaction that lost the lock conflict
 * is rolled back and run again. The test holds the accounts' table for longer than the store lets PIMS wait once.
 */
class LockConflictIT extends PimsInBrowserTest {

    private static final MemberStore MEMBERS = new MemberStore(StoreConnections.operational());
    /** How long a transaction waits for the held table before the store rolls it back. */
    private static final Duration WAIT = Duration.ofSeconds(2);
    /** Longer than one wait, shorter than all the tries PIMS makes. */
    private static final long HELD_MILLIS = 3_000;

    @Test
    void aLoginThatWaitedTooLongForTheStoreIsTriedAgainAndSucceeds() throws Exception {
        String email = memberWithThePassword("lock-login", "Waiting Kim", "010-5555-0201");
        RawVisitor visitor = new RawVisitor(base);
        HttpResponse<String> loginPage = visitor.get("/login?lang=en");

        long started = System.nanoTime();
        try (HeldTableLock held = MEMBERS.holdAccounts(WAIT)) {
            releasedLater(held);
            visitor.logIn(loginPage, email, MemberSteps.PASSWORD);
        }

        assertThat(elapsedMillis(started)).as("the login waited for the table").isGreaterThan(WAIT.toMillis());
        HttpResponse<String> profile = visitor.get("/my/profile");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Waiting Kim", email);
    }

    @Test
    void aPageThatWaitedTooLongForTheStoreIsServedAgain() throws Exception {
        String email = memberWithThePassword("lock-page", "Patient Lee", "010-5555-0202");
        RawVisitor visitor = new RawVisitor(base);
        visitor.logIn(visitor.get("/login?lang=en"), email, MemberSteps.PASSWORD);

        HttpResponse<String> profile;
        long started = System.nanoTime();
        try (HeldTableLock held = MEMBERS.holdAccounts(WAIT)) {
            releasedLater(held);
            profile = visitor.get("/my/profile");
        }

        assertThat(elapsedMillis(started)).as("the page waited for the table").isGreaterThan(WAIT.toMillis());
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("Patient Lee", email);
    }

    /** A new verified member whose password is the steps' own; their e-mail address. */
    private static String memberWithThePassword(String emailPrefix, String name, String mobilePhone) throws Exception {
        String email = MemberSteps.newEmail(emailPrefix);
        MEMBERS.setPasswordHashedAsBefore(MEMBERS.insertVerifiedMember(email, name, mobilePhone), MemberSteps.PASSWORD);
        return email;
    }

    /** Lets go of the table while the request waits: after its first try has given up, before its last would. */
    private static void releasedLater(HeldTableLock held) {
        CompletableFuture.runAsync(
                () -> {
                    try {
                        held.close();
                    } catch (SQLException failed) {
                        throw new IllegalStateException(failed);
                    }
                },
                CompletableFuture.delayedExecutor(HELD_MILLIS, TimeUnit.MILLISECONDS));
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
