package dev.pims.inquiry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pims.inquiry.InquiryForm;
import dev.pims.inquiry.InquiryRefusal;
import dev.pims.inquiry.InquiryState;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** A case goes from received to assigned to answered to closed, and a closed case takes nothing more. */
class InquiryCaseTest {

    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 12, 1, 9, 0);

    @Test
    void aCaseIsAssignedAnsweredAndClosedInThatOrder() {
        InquiryCase inquiry = stored(new InquiryCase(7L, form(), RECEIVED));
        assertThat(inquiry.toView().state()).isEqualTo(InquiryState.RECEIVED);
        inquiry.assignTo("handler");
        assertThat(inquiry.toView().state()).isEqualTo(InquiryState.ASSIGNED);
        assertThat(inquiry.toView().assignedTo()).isEqualTo("handler");
        inquiry.answer("The answer.", "officer2", RECEIVED.plusDays(1), 99);
        assertThat(inquiry.toView().state()).isEqualTo(InquiryState.ANSWERED);
        assertThat(inquiry.toView().replies()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("The answer.");
            assertThat(reply.sentAt()).isEqualTo(RECEIVED.plusDays(1));
        });
        inquiry.assignTo("officer2");
        assertThat(inquiry.toView().state())
                .as("a reassignment keeps the answer")
                .isEqualTo(InquiryState.ANSWERED);
        inquiry.close(RECEIVED.plusDays(2));
        assertThat(inquiry.toView().state()).isEqualTo(InquiryState.CLOSED);
        assertThat(inquiry.toView().closedAt()).isEqualTo(RECEIVED.plusDays(2));
        assertThat(inquiry.toView().dataSubjectIds()).containsExactly(7L);
    }

    @Test
    void aClosedCaseIsNeitherAssignedNorAnsweredNorClosedAgain() {
        InquiryCase inquiry = stored(new InquiryCase(null, form(), RECEIVED));
        inquiry.close(RECEIVED.plusHours(1));
        for (Runnable change : new Runnable[] {
            () -> inquiry.assignTo("handler"),
            () -> inquiry.answer("late", "officer2", RECEIVED.plusHours(2), 1),
            () -> inquiry.close(RECEIVED.plusHours(3))
        }) {
            assertThatThrownBy(change::run)
                    .isInstanceOfSatisfying(
                            InquiryRefusal.class,
                            refusal -> assertThat(refusal.reason()).isEqualTo(InquiryRefusal.Reason.ALREADY_CLOSED));
        }
        assertThat(inquiry.toView().closedAt()).isEqualTo(RECEIVED.plusHours(1));
        assertThat(inquiry.toView().dataSubjectIds())
                .as("a case of the public form names nobody")
                .isEmpty();
    }

    @Test
    void theQueueShowsTheReplyAddressMasked() {
        InquiryCase inquiry = stored(new InquiryCase(null, form(), RECEIVED));
        assertThat(inquiry.toSummary().maskedReplyTo()).isEqualTo("m***@example.com");
        assertThat(inquiry.toView().replyTo()).isEqualTo("member@example.com");
    }

    /** A case as the store gives it back, with the id JPA sets. */
    private static InquiryCase stored(InquiryCase inquiry) {
        try {
            Field id = InquiryCase.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(inquiry, 12L);
        } catch (ReflectiveOperationException impossible) {
            throw new AssertionError(impossible);
        }
        return inquiry;
    }

    private static InquiryForm form() {
        InquiryForm form = new InquiryForm();
        form.setSubject("  Subject  ");
        form.setText("Text");
        form.setReplyTo("member@example.com");
        form.setLanguage("en");
        return form;
    }
}
