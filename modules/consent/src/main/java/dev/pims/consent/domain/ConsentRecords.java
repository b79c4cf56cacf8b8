package dev.pims.consent.domain;

import java.util.List;

/** The consent history of every member. */
public interface ConsentRecords {

    void add(ConsentRecord record);

    /** Newest first. */
    List<ConsentRecord> ofMember(long memberId);
}
