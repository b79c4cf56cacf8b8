package dev.pims.staff.domain;

import java.util.List;

/** The access-rights history: it only grows. */
public interface AccessRightsRecords {

    void add(AccessRightsRecord record);

    long count();

    List<AccessRightsRecord> newestFirst(int first, int pageSize);
}
