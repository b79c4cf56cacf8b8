package dev.pims.membership.domain;

import dev.pims.membership.ProfileDetails;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The member's optional settings for the application service (policy §2A(1)). The marketing e-mail setting is a
 * consent and lives with the consent records.
 */
@PersonalData(DataCategory.OPTIONAL_SETTINGS)
@Entity
@Table(name = "OPTIONAL_SETTINGS")
public class OptionalSettings {

    @Id
    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Column(name = "KEEP_SEARCH_HISTORY", nullable = false)
    private boolean keepSearchHistory;

    @Column(name = "SERVICE_NOTICES", nullable = false)
    private boolean serviceNotices;

    protected OptionalSettings() {}

    public OptionalSettings(long memberId, ProfileDetails details) {
        this.memberId = memberId;
        takeFrom(details);
    }

    public final void takeFrom(ProfileDetails details) {
        keepSearchHistory = details.isKeepSearchHistory();
        serviceNotices = details.isServiceNotices();
    }

    public void copyInto(ProfileDetails details) {
        details.setKeepSearchHistory(keepSearchHistory);
        details.setServiceNotices(serviceNotices);
    }

    public Long getMemberId() {
        return memberId;
    }
}
