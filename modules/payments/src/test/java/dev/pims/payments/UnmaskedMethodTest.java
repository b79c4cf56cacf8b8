package dev.pims.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers in clear never reach a log line through {@code toString}. */
class UnmaskedMethodTest {

    @Test
    void itsTextNamesTheMethodOnly() {
        UnmaskedMethod unmasked = new UnmaskedMethod(7, "4111111111111111", "123456");
        assertThat(unmasked.toString()).isEqualTo("UnmaskedMethod[methodId=7]");
        assertThat(unmasked.number()).isEqualTo("4111111111111111");
    }
}
