package dev.pims.notices.domain;

import dev.pims.notices.TransferForm;
import dev.pims.notices.TransferNotice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The recorded business transfers in the operational store, in the caller's transaction. */
public interface Transfers {

    /** Records a transfer and returns it with its id. */
    TransferNotice add(TransferForm form, LocalDateTime recordedAt, String recordedBy);

    /** Every transfer, the latest date first. */
    List<TransferNotice> all();

    /** The transfers whose date is on or after {@code from}, the latest date first. */
    List<TransferNotice> datedFrom(LocalDate from);

    /** When the latest of {@link #datedFrom} was recorded; one value; empty when there is none. */
    Optional<LocalDateTime> latestRecordedDatedFrom(LocalDate from);
}
