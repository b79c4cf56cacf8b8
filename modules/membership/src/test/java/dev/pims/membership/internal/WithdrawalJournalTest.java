package dev.pims.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.domain.WithdrawalRecord.Channel;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WithdrawalJournalTest {

    @Test
    void eachLineIsAWithdrawalWithItsChannelAndTimeInTheJournalsOrder() {
        String journal = "1796597401123\t41\tSELF_SERVICE\t2026-12-06T22:50:01.123\n"
                + "1796597402000\t7\tLEGAL_REPRESENTATIVE\t2026-12-06T22:50:02\n";

        assertThat(WithdrawalJournal.read(journal))
                .containsExactly(
                        new WithdrawalJournal.Line(
                                41, Channel.SELF_SERVICE, LocalDateTime.parse("2026-12-06T22:50:01.123")),
                        new WithdrawalJournal.Line(
                                7, Channel.LEGAL_REPRESENTATIVE, LocalDateTime.parse("2026-12-06T22:50:02")));
    }

    @Test
    void aLineTornByACrashOrUnreadableAsksForNothing() {
        String journal = "1796597401123\t41\tSELF_SERVICE\t2026-12-06T22:50:01\n"
                + "1796597401124\t42\tNO_SUCH_CHANNEL\t2026-12-06T22:50:01\n"
                + "1796597401125\t43\tPHONE\n"
                + "1796597402000\t44\tSELF_SERVICE\t2026-12-06T22:5";

        assertThat(WithdrawalJournal.read(journal))
                .extracting(WithdrawalJournal.Line::memberId)
                .containsExactly(41L);
        assertThat(WithdrawalJournal.read("")).isEmpty();
    }
}
