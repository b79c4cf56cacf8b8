package dev.pims.membership;

import dev.pims.shared.DataCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Member care by designated handlers (policy §5, §7B): finding a member, seeing their data masked and only in the
 * categories granted to the handler, their recent visits, recording bad use, unmasking a field or exporting with a reason, correcting data and processing a
 * withdrawal on the member's request. Every call is an access record.
 */
public interface MemberCare {

    int PAGE_SIZE_MAX = 100;
    int REASON_MAX = 200;
    int EXPORT_MAX = 1000;
    int BAD_USE_REASON_MAX = 500;

    /** The categories a withdrawal moves to the separated store, each of which the handler must be granted. */
    Set<DataCategory> WITHDRAWN_CATEGORIES = Set.of(
            DataCategory.ACCOUNT,
            DataCategory.BASIC_PROFILE,
            DataCategory.OPTIONAL_SETTINGS,
            DataCategory.APPLICATION_FORM);

    /** One page of the members whose field begins with the text, in the order of that field. */
    MemberSearchPage search(
            @NotNull SearchBy by,
            @NotBlank @Size(max = 254) String prefix,
            @Min(0) int first,
            @Min(1) @Max(PAGE_SIZE_MAX) int pageSize);

    /** The member's data in the handler's categories, masked. */
    CaredMember view(long memberId);

    /** The same as {@link #view}, for printing: recorded as PRINT. */
    CaredMember print(long memberId);

    /** One field in clear, for a reason the handler gives; recorded as VIEW with the reason. */
    String unmask(long memberId, @NotNull CareField field, @NotBlank @Size(max = REASON_MAX) String reason);

    /**
     * The member's latest visits, newest first, at most fifty, with the address masked: for a handler granted the
     * records of visits (policy §2A(2), §7B).
     */
    List<Visit> recentVisits(long memberId);

    /**
     * Records that the member misused the service, for the reason the handler gives (policy §2A(2)): kept one year,
     * with keyed hashes of the member's e-mail address and mobile number that refuse a new sign-up with either.
     * Recorded as INPUT; needs the handler to be granted the records of bad use.
     */
    void recordBadUse(long memberId, @NotBlank @Size(max = BAD_USE_REASON_MAX) String reason);

    /** Corrects one field on the member's request; an empty value clears an optional field. */
    Correction correct(long memberId, @NotNull CareField field, @Size(max = 1000) String value);

    /**
     * Ends the membership on the member's request by phone or e-mail, as the member's own withdrawal does, for the
     * reason the handler gives (e.g. the request's reference). The handler needs a scope over every category the
     * withdrawal moves ({@link #WITHDRAWN_CATEGORIES}); without it, the call is refused and recorded as DENIED. A
     * child's legal representative goes with the child's data (policy §9) without a scope of its own: the handler
     * never sees it.
     */
    Withdrawal withdrawOnRequest(
            long memberId, @NotNull RequestChannel channel, @NotBlank @Size(max = REASON_MAX) String reason);

    /** A CSV file of the members, in clear, in the handler's categories only, for a reason the handler gives. */
    MemberExport export(
            @NotEmpty @Size(max = EXPORT_MAX) List<Long> memberIds, @NotBlank @Size(max = REASON_MAX) String reason);
}
