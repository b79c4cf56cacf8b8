package dev.pims.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical form and hash that the writer, the verifier and the benchmark's loader share. */
class AccessChainHashingTest {

    private static final LocalDateTime WHEN = LocalDateTime.of(2026, 11, 22, 9, 30, 15, 123_456_000);

    private static AccessChainHashing.Fields record(String reason, long... subjects) {
        return new AccessChainHashing.Fields(
                1042,
                7,
                WHEN,
                "staff:handler",
                "HANDLER",
                "127.0.0.1",
                "VIEW",
                "ACCOUNT,BASIC_PROFILE",
                "DefaultMemberCare.unmask",
                "SUCCESS",
                reason,
                null,
                subjects);
    }

    @Test
    void theCanonicalFormNamesEveryFieldWithItsLengthAndTheSubjectsInOrder() {
        assertThat(AccessChainHashing.canonicalForm(record("Phone request", 1001, 1003)))
                .isEqualTo("4:1042|1:7|26:2026-11-22T09:30:15.123456|13:staff:handler|7:HANDLER|9:127.0.0.1|4:VIEW|"
                        + "21:ACCOUNT,BASIC_PROFILE|24:DefaultMemberCare.unmask|7:SUCCESS|13:Phone request|-|"
                        + "2[1001,1003,]");
    }

    @Test
    void theHashIsSha256OverThePreviousHashAndTheCanonicalForm() {
        String hash = AccessChainHashing.hash(AccessChainHashing.GENESIS, record("r", 5));
        assertThat(hash)
                .hasSize(64)
                .matches("[0-9a-f]{64}")
                .isEqualTo(AccessChainHashing.hash(AccessChainHashing.GENESIS, record("r", 5)));
    }

    @Test
    void anyChangeOfAFieldASubjectOrThePreviousHashChangesTheHash() {
        String original = AccessChainHashing.hash(AccessChainHashing.GENESIS, record("r", 5, 6));
        assertThat(AccessChainHashing.hash(AccessChainHashing.GENESIS, record("R", 5, 6)))
                .isNotEqualTo(original);
        assertThat(AccessChainHashing.hash(AccessChainHashing.GENESIS, record("r", 5)))
                .isNotEqualTo(original);
        assertThat(AccessChainHashing.hash(AccessChainHashing.GENESIS, record("r", 5, 7)))
                .isNotEqualTo(original);
        assertThat(AccessChainHashing.hash("1".repeat(64), record("r", 5, 6))).isNotEqualTo(original);
    }

    @Test
    void fieldBoundariesCannotShift() {
        AccessChainHashing.Fields ab = new AccessChainHashing.Fields(
                1, 1, WHEN, "ab", "c", "ip", "VIEW", "", "op", "SUCCESS", null, null, new long[0]);
        AccessChainHashing.Fields a = new AccessChainHashing.Fields(
                1, 1, WHEN, "a", "bc", "ip", "VIEW", "", "op", "SUCCESS", null, null, new long[0]);
        assertThat(AccessChainHashing.canonicalForm(ab)).isNotEqualTo(AccessChainHashing.canonicalForm(a));
        AccessChainHashing.Fields missing = new AccessChainHashing.Fields(
                1, 1, WHEN, "a", "bc", "ip", "VIEW", "", "op", "SUCCESS", "-", null, new long[0]);
        AccessChainHashing.Fields dash = new AccessChainHashing.Fields(
                1, 1, WHEN, "a", "bc", "ip", "VIEW", "", "op", "SUCCESS", null, null, new long[0]);
        assertThat(AccessChainHashing.canonicalForm(missing)).isNotEqualTo(AccessChainHashing.canonicalForm(dash));
    }

    @Test
    void subjectsAreHashedInAscendingOrderWhateverTheOrderTheyCameIn() {
        assertThat(AccessChainHashing.sorted(List.of(9L, 3L, 5L))).containsExactly(3L, 5L, 9L);
    }
}
