package dev.pims.inquiry.domain;

import dev.pims.shared.DataCategory;
import dev.pims.shared.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A reply of the privacy officer to a case (policy §12): its text, who sent it and when, and the outbox mail that
 * carried it to the reply address. Goes with its case.
 */
@PersonalData(DataCategory.INQUIRY)
@Entity
@Table(name = "INQUIRY_CASE_REPLY")
public class InquiryReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CASE_ID", nullable = false)
    private InquiryCase inquiry;

    @Column(name = "SENT_AT", nullable = false)
    private LocalDateTime sentAt;

    @Column(name = "SENT_BY", nullable = false, length = 50)
    private String sentBy;

    @Column(name = "TEXT", nullable = false, length = 4000)
    private String text;

    @Column(name = "MAIL_ID", nullable = false)
    private long mailId;

    protected InquiryReply() {}

    InquiryReply(InquiryCase inquiry, String text, String sentBy, LocalDateTime sentAt, long mailId) {
        this.inquiry = inquiry;
        this.text = text;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
        this.mailId = mailId;
    }

    public LocalDateTime sentAt() {
        return sentAt;
    }

    public String text() {
        return text;
    }
}
