package dev.pims.audit.domain;

import dev.pims.audit.records.AccessRecord;

/** Where access records go. Append is the only write there is. */
public interface AccessRecordRepository {

    void append(AccessRecord record);
}
