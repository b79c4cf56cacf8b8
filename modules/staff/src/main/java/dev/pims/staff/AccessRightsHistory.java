package dev.pims.staff;

import java.util.List;

/**
 * The access-rights records, newest first, for the privacy officer and the auditors (safety-measures standard
 * Art. 5(3)): read only, a page at a time.
 */
public interface AccessRightsHistory {

    long size();

    List<RightsChange> newestFirst(int first, int pageSize);
}
