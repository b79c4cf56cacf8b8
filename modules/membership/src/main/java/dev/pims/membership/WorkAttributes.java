package dev.pims.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;

/**
 * The job title and company of a set of members, for the privacy officer's de-identified dataset (policy §1A, §3D),
 * which generalises them at once and keeps neither. One VIEW access record of the basic profile per call, naming the
 * members read.
 */
public interface WorkAttributes {

    /** The most members one call may read. */
    int MEMBERS_MAX = 10_000;

    /** The members with a basic profile in the operational store; a gone or dormant member is left out. */
    MemberWork ofMembers(@NotNull @Size(max = MEMBERS_MAX) Collection<Long> memberIds);
}
