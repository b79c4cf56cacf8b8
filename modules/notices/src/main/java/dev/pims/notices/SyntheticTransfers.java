package dev.pims.notices;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Records a made-up business transfer for {@code ./pims start --demo}: only PIMS itself may call it (start-up code,
 * never an HTTP request). The same rule holds as for the privacy officer: the date at least 30 days away.
 */
public interface SyntheticTransfers {

    /** Records the transfer as of now, by "system". */
    TransferNotice record(@NotNull @Valid TransferForm form);
}
