package dev.pims.consent.domain;

import dev.pims.consent.PolicyVersionView;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A version of the privacy policy (policy §13, §14): the Korean text, which governs, the English one, a summary of the
 * changes, the day it takes effect and, once the privacy officer published it, when it was announced. A published
 * version never changes (the database refuses it); a draft is not yet anyone's policy. Not personal data: the policy is
 * public.
 */
@Entity
@Table(name = "POLICY_VERSION")
@NamedQuery(
        name = "PolicyVersion.published",
        query = "SELECT v FROM PolicyVersion v WHERE v.announcedAt IS NOT NULL"
                + " ORDER BY v.effectiveOn DESC, v.id DESC")
@NamedQuery(
        name = "PolicyVersion.latestAnnouncement",
        query = "SELECT MAX(v.announcedAt) FROM PolicyVersion v WHERE v.announcedAt IS NOT NULL"
                + " AND v.announcedAt <= :now AND v.effectiveOn >= :oldestEffective")
@NamedQuery(
        name = "PolicyVersion.drafts",
        query = "SELECT v FROM PolicyVersion v WHERE v.announcedAt IS NULL ORDER BY v.id DESC")
public class PolicyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "TEXT_KO", nullable = false)
    private String textKo;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "TEXT_EN", nullable = false)
    private String textEn;

    @Column(name = "SUMMARY_KO", nullable = false, length = 2000)
    private String summaryKo;

    @Column(name = "SUMMARY_EN", nullable = false, length = 2000)
    private String summaryEn;

    @Column(name = "EFFECTIVE_ON", nullable = false)
    private LocalDate effectiveOn;

    /** Marked by the officer as reducing members' rights or adding items or recipients: 30 days' notice, not 7. */
    @Column(name = "REDUCES_RIGHTS", nullable = false)
    private boolean reducesRights;

    /** Changes the items, purposes or recipients of a required consent: every member is asked again. */
    @Column(name = "ASKS_RECONSENT", nullable = false)
    private boolean asksReconsent;

    @Column(name = "DRAFTED_AT", nullable = false)
    private LocalDateTime draftedAt;

    @Column(name = "DRAFTED_BY", nullable = false, length = 100)
    private String draftedBy;

    @Column(name = "ANNOUNCED_AT")
    private LocalDateTime announcedAt;

    @Column(name = "ANNOUNCED_BY", length = 100)
    private String announcedBy;

    protected PolicyVersion() {}

    /** A draft. */
    public PolicyVersion(
            String textKo,
            String textEn,
            String summaryKo,
            String summaryEn,
            LocalDate effectiveOn,
            boolean reducesRights,
            boolean asksReconsent,
            LocalDateTime draftedAt,
            String draftedBy) {
        this.textKo = withLineFeeds(textKo);
        this.textEn = withLineFeeds(textEn);
        this.summaryKo = summaryKo;
        this.summaryEn = summaryEn;
        this.effectiveOn = effectiveOn;
        this.reducesRights = reducesRights;
        this.asksReconsent = asksReconsent;
        this.draftedAt = draftedAt;
        this.draftedBy = draftedBy;
    }

    /** A browser sends a text area's lines ended by CR LF: kept with LF alone, the versions compare line for line. */
    private static String withLineFeeds(String text) {
        return text.replaceAll("\\R", "\n");
    }

    /** The days of notice the version needs between its announcement and its effective date (policy §13). */
    public int daysOfNoticeNeeded() {
        return reducesRights ? 30 : 7;
    }

    /** The earliest day the version may take effect if it is announced at {@code announcement}. */
    public LocalDate earliestEffectiveDayIfAnnouncedAt(LocalDateTime announcement) {
        return announcement.toLocalDate().plusDays(daysOfNoticeNeeded());
    }

    /** Publishes the draft: from now on it is announced, and nobody changes it again. */
    public void announce(LocalDateTime at, String by) {
        if (announcedAt != null) {
            throw new IllegalStateException("Version " + id + " was published already");
        }
        this.announcedAt = at;
        this.announcedBy = by;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDateTime getAnnouncedAt() {
        return announcedAt;
    }

    public boolean isPublished() {
        return announcedAt != null;
    }

    public boolean asksReconsent() {
        return asksReconsent;
    }

    /** The label of the version in consent records and on the pages: its effective date. */
    public String label() {
        return effectiveOn.toString();
    }

    public PolicyVersionView toView() {
        return new PolicyVersionView(
                id == null ? 0 : id,
                effectiveOn,
                announcedAt,
                summaryKo,
                summaryEn,
                textKo,
                textEn,
                reducesRights,
                asksReconsent,
                draftedAt,
                draftedBy);
    }
}
