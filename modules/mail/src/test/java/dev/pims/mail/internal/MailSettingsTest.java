package dev.pims.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long a failed mail waits before its next attempt, and what its attempt records of the failure. */
class MailSettingsTest {

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToAnHour() {
        assertThat(MailSettings.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailSettings.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailSettings.waitAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailSettings.waitAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(MailSettings.waitAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(MailSettings.waitAfter(64)).as("no overflow").isEqualTo(Duration.ofHours(1));
    }

    @Test
    void tenAttemptsSpanAboutFiveHoursOfADownMailServer() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < MailSettings.DEFAULT_MAX_ATTEMPTS; failed++) {
            total = total.plus(MailSettings.waitAfter(failed));
        }
        assertThat(total).isEqualTo(Duration.ofMinutes(1 + 2 + 4 + 8 + 16 + 32 + 60 + 60 + 60));
    }

    @Test
    void atLeastOneAttemptIsMade() {
        assertThatThrownBy(() -> new MailSettings(true, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailureIsRecordedWithItsCausesOnOneLine() {
        MessagingException failure = new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 3025;\n timeout 5000",
                new ConnectException("Connection refused"));
        assertThat(MailDelivery.errorText(failure))
                .isEqualTo("MessagingException: Couldn't connect to host, port: 127.0.0.1, 3025; timeout 5000"
                        + " <- ConnectException: Connection refused");
    }
}
