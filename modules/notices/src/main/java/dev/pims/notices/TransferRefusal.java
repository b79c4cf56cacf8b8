package dev.pims.notices;

import jakarta.ejb.ApplicationException;
import java.time.LocalDate;

/**
 * The transfer was not recorded because its date is less than 30 days away (policy §10: members are told at least 30
 * days before). Nothing was written.
 *
 * @see TransferNotices#NOTICE_AHEAD
 */
@ApplicationException(rollback = true)
public class TransferRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final LocalDate earliest;

    public TransferRefusal(LocalDate earliest) {
        super("A transfer is recorded at least 30 days ahead: on " + earliest + " at the earliest");
        this.earliest = earliest;
    }

    /** The earliest date a transfer recorded today may have. */
    public LocalDate earliest() {
        return earliest;
    }
}
