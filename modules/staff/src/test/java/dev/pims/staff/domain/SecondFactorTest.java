package dev.pims.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.keyring.testing.TestKeyRing;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 9, 0);

    private final TestKeyRing keys = TestKeyRing.withNewKeys();
    private final SecondFactor factor = new SecondFactor();

    @Test
    void anEnrolledSecretIsKeptSealedAndOpensForCodes() throws Exception {
        factor.enrol(SECRET, NOW, keys);

        assertThat(keys.isSealed(field("secret"))).isTrue();
        assertThat(field("secret")).doesNotContain(SECRET);
        assertThat(factor.secretForCodes(keys)).contains(SECRET);
        assertThat(factor.enrolledSecret(keys)).contains(SECRET);
    }

    @Test
    void anOfferedSecretIsKeptSealedAndBecomesTheEnrolledOneSealed() throws Exception {
        assertThat(factor.offerSecret(() -> SECRET, keys)).isEqualTo(SECRET);
        assertThat(factor.offerSecret(() -> "ANOTHERSECRET", keys))
                .as("the same on reload")
                .isEqualTo(SECRET);
        assertThat(keys.isSealed(field("pendingSecret"))).isTrue();

        factor.codeAccepted(1, NOW);

        assertThat(keys.isSealed(field("secret"))).isTrue();
        assertThat(factor.enrolledSecret(keys)).contains(SECRET);
    }

    @Test
    void secretsKeptInClearBySomeOlderPimsAreSealedOnceAndThenLeftAlone() throws Exception {
        set("secret", SECRET);
        set("pendingSecret", "KRSXG5CTMVRXEZLU");

        assertThat(factor.sealSecretsInClear(keys)).isTrue();
        String sealed = field("secret");
        assertThat(keys.isSealed(sealed)).isTrue();
        assertThat(keys.isSealed(field("pendingSecret"))).isTrue();
        assertThat(factor.enrolledSecret(keys)).contains(SECRET);

        assertThat(factor.sealSecretsInClear(keys)).as("a second start").isFalse();
        assertThat(field("secret")).isEqualTo(sealed);
    }

    private String field(String name) throws ReflectiveOperationException {
        Field field = SecondFactor.class.getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(factor);
    }

    /** As a row written before the key ring, which JPA loads into the fields as it finds it. */
    private void set(String name, String value) throws ReflectiveOperationException {
        Field field = SecondFactor.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(factor, value);
    }
}
