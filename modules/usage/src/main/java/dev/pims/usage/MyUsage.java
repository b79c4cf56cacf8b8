package dev.pims.usage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/** A signed-in member's own service-usage records (policy §5: the member sees what PIMS holds), newest first. */
public interface MyUsage {

    int PAGE_SIZE = 50;

    /** The highest page number asked for: far beyond five years of use, and no overflow of the row offset. */
    int PAGE_MAX = 1_000_000;

    UsagePage viewMyUsage(@Min(0) @Max(PAGE_MAX) int page);

    /** Every usage record of the member, newest first, for the download of everything PIMS holds (policy §5, §11). */
    List<UsageEntry> viewAllMyUsage();
}
