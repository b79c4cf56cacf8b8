package dev.pims.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.audit.AccessOutcome;
import dev.pims.audit.AccessTask;
import dev.pims.audit.records.AccessLogCursor;
import dev.pims.audit.records.AccessLogFilter;
import dev.pims.shared.DataCategory;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The records page's SQL: the index it names, the keyset condition, and no count anywhere. */
class AccessLogQueryTest {

    @Test
    void theMostSelectiveEqualityFilterPicksTheIndex() {
        AccessLogFilter filter = new AccessLogFilter();
        assertThat(AccessLogQuery.indexFor(filter)).isEqualTo("ACCESS_RECORD_NEWEST");
        filter.setTask(AccessTask.DOWNLOAD);
        assertThat(AccessLogQuery.indexFor(filter)).isEqualTo("ACCESS_RECORD_TASK_NEWEST");
        filter.setOutcome(AccessOutcome.DENIED);
        assertThat(AccessLogQuery.indexFor(filter)).isEqualTo("ACCESS_RECORD_OUTCOME_NEWEST");
        filter.setActorId("staff:kim");
        assertThat(AccessLogQuery.indexFor(filter)).isEqualTo("ACCESS_RECORD_ACTOR_NEWEST");
    }

    @Test
    void aSubjectFilterStartsFromTheSubjectsIndex() {
        AccessLogFilter filter = new AccessLogFilter();
        filter.setSubjectId(1001L);
        filter.setTask(AccessTask.VIEW);
        AccessLogQuery query = AccessLogQuery.of(filter, null, 26);

        assertThat(query.sql())
                .contains("joinOrder=FIXED")
                .contains("index=ACCESS_CHAIN_LINK_SUBJECT")
                .contains("index=ACCESS_RECORD_SUBJECT_RECORDS")
                .contains("UNION ALL")
                .contains("r.TASK = ?")
                .endsWith("FETCH FIRST 26 ROWS ONLY");
        assertThat(query.parameters())
                .as("the subject for the links, then for the subject rows")
                .containsExactly(1001L, 1001L, "VIEW");
    }

    @Test
    void theNextPageStartsAfterTheLastRecordShownAndNothingIsCounted() {
        AccessLogFilter filter = new AccessLogFilter();
        filter.setCategory(DataCategory.BASIC_PROFILE);
        LocalDateTime last = LocalDateTime.of(2025, 6, 10, 1, 0);
        AccessLogQuery query = AccessLogQuery.of(filter, new AccessLogCursor(last, 77), 26);

        assertThat(query.sql())
                .contains("r.CATEGORIES LIKE ?")
                .contains("r.OCCURRED_AT <= ?")
                .contains("(r.OCCURRED_AT < ? OR r.ID < ?)")
                .contains("ORDER BY r.OCCURRED_AT DESC, r.ID DESC")
                .doesNotContain("COUNT")
                .doesNotContain("OFFSET");
        assertThat(query.parameters())
                .containsExactly("%BASIC_PROFILE%", Timestamp.valueOf(last), Timestamp.valueOf(last), 77L);
    }
}
