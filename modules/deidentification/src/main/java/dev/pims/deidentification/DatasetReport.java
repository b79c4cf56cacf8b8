package dev.pims.deidentification;

import dev.pims.audit.AccessDetail;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A dataset's adequacy report (policy §3D): what it is for, who built it and when, the period and how it was
 * generalised, the k asked for and the k reached (the fewest distinct members of any class kept), the rows and members
 * kept and suppressed, who signed it off, and whether it was destroyed. It names no member; as the answer of a
 * discarding, its access record names the dataset.
 *
 * @param kReached the fewest distinct pseudonyms in a class kept; 0 when nothing was kept
 * @param membersSuppressed the members none of whose uses was kept
 */
public record DatasetReport(
        long id,
        String purpose,
        int kRequired,
        int kReached,
        TimeGranularity granularity,
        LocalDate firstDay,
        LocalDate lastDay,
        int rowsKept,
        int rowsSuppressed,
        int membersKept,
        int membersSuppressed,
        String builtBy,
        LocalDateTime builtAt,
        String signedOffBy,
        LocalDateTime signedOffAt,
        String destroyedBy,
        LocalDateTime destroyedAt)
        implements Serializable, AccessDetail {

    /** The attributes every dataset keeps, in the file's order, each named by how it was made from the source. */
    public enum Attribute {
        /** HMAC-SHA-256 of the member id under the dataset's own key. */
        PSEUDONYM,
        /** The job title, generalised to its {@link JobFamily}. */
        JOB_FAMILY,
        /** The company, generalised to its industry by the mapping the page shows. */
        INDUSTRY,
        /** The time of the use, generalised to its day, week or month. */
        PERIOD,
        /** What kind of use it was, kept as it is; its detail (search terms, item ids) is dropped. */
        USAGE_KIND
    }

    public boolean isSignedOff() {
        return signedOffAt != null;
    }

    public boolean isDestroyed() {
        return destroyedAt != null;
    }

    /** May be downloaded: signed off by a second officer, and not destroyed. */
    public boolean isDownloadable() {
        return isSignedOff() && !isDestroyed();
    }

    @Override
    public String accessDetail() {
        return "de-identified dataset " + id;
    }

    /** Whether k was reached: every class kept holds at least k members (true when nothing was kept). */
    public boolean reachesK() {
        return rowsKept == 0 || kReached >= kRequired;
    }
}
