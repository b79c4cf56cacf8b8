package dev.pims.membership.domain;

import dev.pims.membership.ProfileDetails;
import dev.pims.membership.SearchBy;
import dev.pims.retention.DestroyedRecords;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The members of the operational store, each with the records of every category. */
public interface Members {

    MemberAccount add(MemberAccount account);

    void addCategories(BasicProfile profile, OptionalSettings settings, ApplicationForm form);

    Optional<MemberAccount> account(long memberId);

    Optional<MemberAccount> accountByEmail(String email);

    /** The account's status alone, empty when no member has the id. */
    Optional<MemberStatus> statusOf(long memberId);

    Optional<MemberAccount> accountByVerificationToken(String tokenHash);

    Optional<MemberAccount> accountByRestoreToken(String tokenHash);

    Optional<MemberAccount> accountByEmailChangeToken(String tokenHash);

    Optional<MemberAccount> accountByResetToken(String tokenHash);

    /** The account's session generation alone (one column by the primary key), empty when no member has the id. */
    Optional<Integer> sessionGenerationOf(long memberId);

    /** How many sign-ups made before {@code threshold} still wait for their verification. */
    long countUnverifiedBefore(LocalDateTime threshold);

    /** The ids and sign-up times of at most {@code max} of them, oldest first. */
    List<Object[]> unverifiedBefore(LocalDateTime threshold, int max);

    /** How many accounts have each status, every status listed (zero when none has it). */
    Map<MemberStatus, Long> countByStatus();

    /**
     * Notes that the member used the service at {@code at}, without loading the account: one UPDATE of one column,
     * which changes nothing when a later activity is known already.
     */
    void noteActivity(long memberId, LocalDateTime at);

    /**
     * How many active members are idle since before {@code idleBefore} and agreed to stay active, if ever, until before
     * {@code agreementEndsBefore}.
     */
    long countIdle(LocalDateTime idleBefore, LocalDateTime agreementEndsBefore);

    /** An active member's address and language, read without the entity, for a notice to every member (§10). */
    record Addressee(long id, String email, String language) {}

    /** At most {@code max} active members with an id above {@code afterId}, by id. */
    List<Addressee> activeAfter(long afterId, int max);

    /** What the dormancy notice needs of an idle member, read without the entity. */
    record IdleMember(
            long id, String email, String language, LocalDateTime lastActiveAt, LocalDateTime keepActiveUntil) {}

    /**
     * At most {@code max} of the members {@link #countIdle} counts, after the one last active at {@code afterLastActiveAt}
     * with the id {@code afterId}, in the order of the index MEMBER_ACCOUNT_IDLE (last activity, then id).
     */
    List<IdleMember> idle(
            LocalDateTime idleBefore,
            LocalDateTime agreementEndsBefore,
            LocalDateTime afterLastActiveAt,
            long afterId,
            int max);

    /**
     * The members whose searched field begins with the prefix, in that field's order, from the row {@code first} on:
     * one index range, read no further than the page.
     */
    List<MemberListing> search(SearchBy by, String prefix, int first, int max);

    BasicProfile basicProfile(long memberId);

    OptionalSettings optionalSettings(long memberId);

    ApplicationForm applicationForm(long memberId);

    /** The member's data of every category but the account, in one form. */
    default ProfileDetails detailsOf(long memberId) {
        ProfileDetails details = new ProfileDetails();
        basicProfile(memberId).copyInto(details);
        optionalSettings(memberId).copyInto(details);
        applicationForm(memberId).copyInto(details);
        return details;
    }

    /** Removes every category of the member's data from the operational store. */
    void remove(long memberId);

    /** The accounts of those of these members that exist, in no order: one query, for a chunk of a job. */
    List<MemberAccount> accounts(Collection<Long> memberIds);

    /** The data of every category but the account of each of these members, by member: one query per category. */
    default Map<Long, ProfileDetails> detailsOf(Collection<Long> memberIds) {
        Map<Long, ProfileDetails> details = new HashMap<>();
        for (long memberId : memberIds) {
            details.put(memberId, new ProfileDetails());
        }
        basicProfiles(memberIds).forEach(profile -> profile.copyInto(details.get(profile.getMemberId())));
        optionalSettings(memberIds).forEach(settings -> settings.copyInto(details.get(settings.getMemberId())));
        applicationForms(memberIds).forEach(form -> form.copyInto(details.get(form.getMemberId())));
        return details;
    }

    List<BasicProfile> basicProfiles(Collection<Long> memberIds);

    List<OptionalSettings> optionalSettings(Collection<Long> memberIds);

    List<ApplicationForm> applicationForms(Collection<Long> memberIds);

    /**
     * Removes these members' data of every category but the account, which stays (dormant accounts' stubs), a child's
     * legal representative included: one DELETE per category, for a chunk of a job.
     */
    void removeCategories(Collection<Long> memberIds);

    void recordWithdrawal(WithdrawalRecord withdrawal);

    /** How many withdrawal records are of a withdrawal before the threshold. */
    long countWithdrawalRecordsBefore(LocalDateTime threshold);

    /** Destroys at most {@code max} of the withdrawal records of withdrawals before the threshold, earliest first. */
    DestroyedRecords destroyWithdrawalRecordsBefore(LocalDateTime threshold, int max);
}
