package dev.pims.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.testing.AccessLogOnAStore;
import dev.pims.keyring.testing.DataKeysOnAStore;
import dev.pims.membership.testing.SeparatedDataOnAStore;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The modules' statements whose form differs between Derby and PostgreSQL (a sequence's next value, the chain head's
 * row lock, an INSERT that skips a taken key) and the dialect-prone ones around them (the auditors' and the
 * inspection's queries, the separated data read as text), each run by the module's own repository through the module's
 * test support, on both stores of one product, migrated by {@code StoreSchema} and with no server: Derby in memory
 * ({@link DerbyStatementsTest}) and PostgreSQL ({@link PostgresStatementsIT}), which adds what only PostgreSQL does.
 */
abstract class StatementsOnEitherStore {

    /** A day long ago, so that no other test's records fall on it. */
    private static final LocalDate COUNTED_DAY = LocalDate.of(2020, 3, 10);

    /** The operational store, as the role the modules' statements run as. */
    abstract DataSource operational();

    /** The separated store, as the role the modules' statements run as. */
    abstract DataSource separated();

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    @Test
    void recordsTakeTheirIdsFromTheSequenceBlockByBlockAndAreSealedIntoAChainThatVerifies() throws SQLException {
        AccessLogOnAStore log = new AccessLogOnAStore(operational());
        long head = log.headPosition();

        List<Long> ids = log.write(120, now(), 5_000);

        assertThat(ids)
                .as("three blocks of the sequence, counted out")
                .doesNotHaveDuplicates()
                .isSorted();
        assertThat(log.seal(ids)).isEqualTo(120);
        assertThat(log.headPosition()).isEqualTo(head + 120);
        assertThat(log.verify()).isEqualTo("INTACT");
    }

    @Test
    void aSealingThatMeetsARecordSealedAlreadyIsRefusedWithNothingSealedOrSkipsItWhenAskedTo() throws SQLException {
        AccessLogOnAStore log = new AccessLogOnAStore(operational());
        List<Long> ids = log.write(2, now(), 7_000);
        log.seal(ids.subList(0, 1));
        long head = log.headPosition();

        assertThat(log.sealingAgainIsRefused(ids)).isTrue();
        assertThat(log.headPosition()).isEqualTo(head);
        assertThat(log.sealThoseNotSealed(ids)).isEqualTo(1);
        assertThat(log.verify()).isEqualTo("INTACT");
    }

    @Test
    void theInspectionsAndTheAuditorsQueriesCountByHourByShiftedDayBySubjectAndByDay() throws SQLException {
        AccessLogOnAStore log = new AccessLogOnAStore(operational());
        List<Long> ids = log.write(3, COUNTED_DAY.atTime(23, 30), 9_000);
        log.seal(ids);
        LocalDateTime from = COUNTED_DAY.atStartOfDay();
        LocalDateTime to = from.plusDays(1);

        assertThat(log.hourly(from, to)).containsExactly("handler 2020-03-10 23 VIEW SUCCESS 3");
        // Subjects 9000–9003, four of them; at +09:00 half past eleven is the next morning.
        assertThat(log.subjectsPerDay(ZoneOffset.ofHours(9), from, to, 3)).containsExactly("handler 2020-03-11 4");
        assertThat(log.subjectsPerDay(ZoneOffset.ofHours(9), from, to, 4)).isEmpty();
        assertThat(log.recordsNaming(9_001, 10)).containsExactly(ids.get(1), ids.get(0));
        assertThat(log.recordsNaming(9_003, 10)).containsExactly(ids.get(2));
        assertThat(log.countDay(COUNTED_DAY, now())).containsExactly("2020-03-10 VIEW SUCCESS 3");
    }

    /**
     * A start that makes the first data key while another server's start made it: the key is taken, and the start goes
     * on in its transaction to read the keys. PostgreSQL aborts a transaction at a refused statement; without the
     * INSERT that skips a taken key the read would fail there.
     */
    @Test
    void aDataKeyAddedMeanwhileByAnotherServerIsSkippedAndTheTransactionGoesOn() throws SQLException {
        DataKeysOnAStore keys = new DataKeysOnAStore(operational());

        assertThat(keys.add(1)).isTrue();
        assertThat(keys.add(1)).as("taken").isFalse();
        assertThat(keys.addAndReadInOneTransaction(1)).containsExactly(1);
    }

    @Test
    void separatedDataKeptInClearIsReadAsTextReplacedAndDestroyedByItsRule() throws SQLException {
        SeparatedDataOnAStore separated = new SeparatedDataOnAStore(separated());
        String json = "{\"name\":\"홍길동\",\"email\":\"hong@example.test\"}";
        separated.keepInClear(77, json, LocalDateTime.of(2020, 1, 1, 0, 0));

        assertThat(separated.dataInClear(10)).containsExactly(Map.entry(77L, json));
        separated.replaceDataInClear(77, "pims-kr1:1:c2VhbGVk");
        assertThat(separated.dataInClear(10)).isEmpty();

        LocalDateTime threshold = LocalDateTime.of(2021, 6, 1, 0, 0);
        assertThat(separated.countSeparatedBefore(threshold)).isEqualTo(1);
        assertThat(separated.destroySeparatedBefore(threshold, 10)).isEqualTo(1);
        assertThat(separated.countSeparatedBefore(threshold)).isZero();
    }
}
