package dev.pims.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.MemberStanding;
import dev.pims.membership.domain.MemberStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultMemberCensusTest {

    @Test
    void eachStatusIsCountedAsTheStandingOfItsNameAndUnknownIsNone() {
        Map<MemberStanding, Long> standings =
                DefaultMemberCensus.standings(Map.of(MemberStatus.PENDING_VERIFICATION, 2L, MemberStatus.ACTIVE, 0L));

        assertThat(standings)
                .containsExactly(
                        Map.entry(MemberStanding.PENDING_VERIFICATION, 2L), Map.entry(MemberStanding.ACTIVE, 0L));
    }

    @Test
    void everyStatusHasAStanding() {
        for (MemberStatus status : MemberStatus.values()) {
            assertThat(MemberStanding.valueOf(status.name())).isNotEqualTo(MemberStanding.UNKNOWN);
        }
    }
}
