package dev.pims.usage;

import java.util.List;

/**
 * A handler's view of a member's service use (policy §7B): only with the SERVICE_USAGE scope, the latest
 * {@value #LATEST} records, their detail masked ({@link dev.pims.shared.FreeTextMasking}).
 */
public interface UsageCare {

    int LATEST = 20;

    /** @throws dev.pims.audit.AccessDeniedException for a handler without the SERVICE_USAGE scope */
    List<UsageEntry> latestOf(long memberId);
}
