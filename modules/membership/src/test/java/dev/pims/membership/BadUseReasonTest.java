package dev.pims.membership;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A record of bad use needs a reason, of at most 500 characters: the contract member care's callers are held to. */
class BadUseReasonTest {

    private static ExecutableValidator validator;
    private static Method recordBadUse;
    private static MemberCare care;

    @BeforeAll
    static void contract() throws NoSuchMethodException {
        validator = Validation.buildDefaultValidatorFactory().getValidator().forExecutables();
        recordBadUse = MemberCare.class.getMethod("recordBadUse", long.class, String.class);
        care = (MemberCare) Proxy.newProxyInstance(
                MemberCare.class.getClassLoader(), new Class<?>[] {MemberCare.class}, (proxy, method, args) -> null);
    }

    @Test
    void aReasonIsRequired() {
        assertThat(violations(null)).isNotEmpty();
        assertThat(violations("")).isNotEmpty();
        assertThat(violations("   ")).isNotEmpty();
    }

    @Test
    void aReasonOfAtMost500CharactersIsValid() {
        assertThat(violations("Sent spam to other members")).isEmpty();
        assertThat(violations("x".repeat(MemberCare.BAD_USE_REASON_MAX))).isEmpty();
        assertThat(violations("x".repeat(MemberCare.BAD_USE_REASON_MAX + 1))).isNotEmpty();
    }

    private static Set<ConstraintViolation<MemberCare>> violations(String reason) {
        return validator.validateParameters(care, recordBadUse, new Object[] {42L, reason});
    }
}
