package dev.pims.inquiry.domain;

import dev.pims.inquiry.InquiryForm;
import dev.pims.inquiry.InquiryMasking;
import dev.pims.inquiry.InquiryRefusal;
import dev.pims.inquiry.InquiryReplyView;
import dev.pims.inquiry.InquiryState;
import dev.pims.inquiry.InquirySummary;
import dev.pims.inquiry.InquiryView;
import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An inquiry or complaint to the privacy officer (policy §12): what was sent, by whom (a member, or anyone through the
 * public form), the reply address, where it stands, who handles it and the replies. A record of a consumer complaint,
 * kept three years from closing (§4).
 */
@PersonalData(DataCategory.INQUIRY)
@Entity
@Table(name = "INQUIRY_CASE")
@NamedQuery(
        name = "InquiryCase.findByMember",
        query = "SELECT c FROM InquiryCase c WHERE c.memberId = :memberId ORDER BY c.receivedAt DESC, c.id DESC")
@NamedQuery(
        name = "InquiryCase.findOpenOldestFirst",
        query = "SELECT c FROM InquiryCase c WHERE c.closedAt IS NULL ORDER BY c.receivedAt, c.id")
@NamedQuery(
        name = "InquiryCase.findClosedNewestFirst",
        query = "SELECT c FROM InquiryCase c WHERE c.closedAt IS NOT NULL ORDER BY c.closedAt DESC, c.id DESC")
@NamedQuery(
        name = "InquiryCase.findOpenAssignedOldestFirst",
        query = "SELECT c FROM InquiryCase c WHERE c.assignedTo = :staff AND c.closedAt IS NULL"
                + " ORDER BY c.receivedAt, c.id")
@NamedQuery(
        name = "InquiryCase.findClosedAssignedNewestFirst",
        query = "SELECT c FROM InquiryCase c WHERE c.assignedTo = :staff AND c.closedAt IS NOT NULL"
                + " ORDER BY c.closedAt DESC, c.id DESC")
public class InquiryCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "MEMBER_ID")
    private Long memberId;

    @Column(name = "RECEIVED_AT", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "SUBJECT", nullable = false, length = 200)
    private String subject;

    @Column(name = "TEXT", nullable = false, length = 4000)
    private String text;

    @Column(name = "REPLY_TO", nullable = false, length = 254)
    private String replyTo;

    @Column(name = "SENDER_NAME", length = 100)
    private String name;

    @Column(name = "LANGUAGE", nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 16)
    private InquiryState state;

    @Column(name = "ASSIGNED_TO", length = 50)
    private String assignedTo;

    @Column(name = "CLOSED_AT")
    private LocalDateTime closedAt;

    /** Two officers working the same case at once: the second change fails instead of overwriting the first. */
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @OneToMany(mappedBy = "inquiry", cascade = CascadeType.PERSIST)
    @OrderBy("sentAt, id")
    private List<InquiryReply> replies = new ArrayList<>();

    protected InquiryCase() {}

    /** @param memberId the member who sends it; null for the public form */
    public InquiryCase(Long memberId, InquiryForm form, LocalDateTime receivedAt) {
        this.memberId = memberId;
        this.receivedAt = receivedAt;
        this.subject = form.getSubject().strip();
        this.text = form.getText().strip();
        this.replyTo = form.getReplyTo().strip();
        this.name = form.getName() == null ? null : form.getName().strip();
        this.language = form.getLanguage();
        this.state = InquiryState.RECEIVED;
    }

    public void assignTo(String staffLoginId) {
        requireOpen();
        assignedTo = staffLoginId;
        if (state == InquiryState.RECEIVED) {
            state = InquiryState.ASSIGNED;
        }
    }

    /** Keeps a reply that has been put in the outbox as the mail {@code mailId}. */
    public InquiryReply answer(String text, String sentBy, LocalDateTime sentAt, long mailId) {
        requireOpen();
        InquiryReply reply = new InquiryReply(this, text, sentBy, sentAt, mailId);
        replies.add(reply);
        state = InquiryState.ANSWERED;
        return reply;
    }

    public void close(LocalDateTime at) {
        requireOpen();
        state = InquiryState.CLOSED;
        closedAt = at;
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    public boolean isAssignedTo(String staffLoginId) {
        return staffLoginId.equals(assignedTo);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new InquiryRefusal(InquiryRefusal.Reason.ALREADY_CLOSED);
        }
    }

    public InquiryView toView() {
        return new InquiryView(
                id,
                memberId,
                receivedAt,
                subject,
                text,
                replyTo,
                name,
                state,
                assignedTo,
                closedAt,
                replies.stream()
                        .map(reply -> new InquiryReplyView(reply.sentAt(), reply.text()))
                        .toList());
    }

    public InquirySummary toSummary() {
        return new InquirySummary(
                id, memberId, receivedAt, subject, InquiryMasking.address(replyTo), state, assignedTo, closedAt);
    }

    public Long id() {
        return id;
    }

    public Long memberId() {
        return memberId;
    }

    public String subject() {
        return subject;
    }

    public String replyTo() {
        return replyTo;
    }

    public String language() {
        return language;
    }

    public LocalDateTime receivedAt() {
        return receivedAt;
    }
}
