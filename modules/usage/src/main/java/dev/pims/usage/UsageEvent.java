package dev.pims.usage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * One use of the service as the main service reports it: what was done, and its detail (the search terms, the item's
 * or image's id), at most {@value #DETAIL_MAX} characters without control characters or line separators. A blank
 * detail is none.
 */
public record UsageEvent(
        @NotNull UsageKind kind,

        @Size(max = DETAIL_MAX) @Pattern(regexp = UsageEvent.WITHOUT_CONTROL_CHARACTERS)
        String detail)
        implements Serializable {

    public static final int DETAIL_MAX = 500;

    /** No control character (Unicode Cc: C0, DEL, C1) and no line or paragraph separator. */
    static final String WITHOUT_CONTROL_CHARACTERS = "[^\\p{Cc}\\p{Zl}\\p{Zp}]*";

    public UsageEvent {
        if (detail != null && detail.isBlank()) {
            detail = null;
        }
    }
}
