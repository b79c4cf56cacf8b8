package dev.pims.membership.internal;

import dev.pims.membership.domain.WithdrawalRecord;
import dev.pims.store.DataDir;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The withdrawals' copy outside the stores (policy §4B, §7A), beside the backups ({@link DataDir#withdrawalJournal}), so
 * that a restore cannot bring back a member who withdrew after its backup: one line per withdrawal,
 * {@code written-at (epoch milliseconds), member, channel, withdrawn-at} (tab-separated, UTC), appended and forced to
 * the disk in the withdrawal's transaction, before it commits. A line whose transaction then rolled back asks, after a
 * restore, for a withdrawal the member asked for. Holds no personal data but the member's number.
 */
@ApplicationScoped
public class WithdrawalJournal {

    private static final char SEPARATOR = '\t';

    @Inject
    private Clock clock;

    /**
     * One journaled withdrawal.
     *
     * @param withdrawnAt when it was made, which a replay keeps, so that the retention period runs from then
     */
    public record Line(long memberId, WithdrawalRecord.Channel channel, LocalDateTime withdrawnAt) {}

    /** Appends the withdrawal, forced to the disk. */
    synchronized void append(Line withdrawal) {
        Path journal = DataDir.withdrawalJournal();
        String line = "" + clock.millis() + SEPARATOR + withdrawal.memberId() + SEPARATOR + withdrawal.channel()
                + SEPARATOR + withdrawal.withdrawnAt() + "\n";
        try {
            DataDir.appendForced(journal, line);
        } catch (IOException failed) {
            // Without its line, a withdrawal could come back with a restore: it fails instead, and the member may
            // retry.
            throw new UncheckedIOException("Could not write the withdrawal journal " + journal, failed);
        }
    }

    /**
     * The withdrawals of these journal lines, in their order. A line torn by a crash while it was written (no line end,
     * a field missing or unreadable) is left out: its withdrawal had not committed.
     */
    static List<Line> read(String journalText) {
        List<Line> withdrawals = new ArrayList<>();
        int end = journalText.lastIndexOf('\n');
        for (String line : journalText.substring(0, end + 1).split("\n")) {
            String[] fields = line.split(String.valueOf(SEPARATOR), -1);
            if (fields.length != 4) {
                continue;
            }
            try {
                withdrawals.add(new Line(
                        Long.parseLong(fields[1]),
                        WithdrawalRecord.Channel.valueOf(fields[2]),
                        LocalDateTime.parse(fields[3])));
            } catch (IllegalArgumentException | DateTimeParseException torn) {
                // see the method's documentation
            }
        }
        return withdrawals;
    }
}
