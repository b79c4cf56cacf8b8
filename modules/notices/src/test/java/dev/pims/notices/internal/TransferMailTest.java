package dev.pims.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.mail.MailKind;
import dev.pims.mail.OutgoingMail;
import dev.pims.membership.MemberAddresses.Addressee;
import dev.pims.notices.TransferNotice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TransferMailTest {

    private static final TransferNotice TRANSFER = new TransferNotice(
            7,
            "Hanbit Data Co.",
            "privacy@hanbit.example, 02-000-0000",
            LocalDate.of(2027, 3, 1),
            "회원 계정과 프로필",
            "Member accounts and profiles",
            LocalDateTime.of(2027, 1, 1, 9, 0),
            "officer");

    @Test
    void anEnglishMemberReadsTheTransfereeTheDateWhatPassesAndTheWayToWithdraw() {
        OutgoingMail mail =
                new TransferMail("https://pims.example").to(new Addressee(42, "kim@example.com", "en"), TRANSFER);
        assertThat(mail.kind()).isEqualTo(MailKind.TRANSFER_NOTICE);
        assertThat(mail.recipient()).isEqualTo("kim@example.com");
        assertThat(mail.memberId()).isEqualTo(42L);
        assertThat(mail.subject()).contains("Hanbit Data Co.", "2027-03-01");
        assertThat(mail.body())
                .contains("privacy@hanbit.example, 02-000-0000", "Member accounts and profiles")
                .contains("https://pims.example/notices?lang=en", "https://pims.example/my/withdraw?lang=en")
                .doesNotContain("회원 계정과 프로필");
    }

    @Test
    void aKoreanMemberReadsItInKorean() {
        OutgoingMail mail =
                new TransferMail("https://pims.example").to(new Addressee(43, "lee@example.com", "ko"), TRANSFER);
        assertThat(mail.subject()).startsWith("영업 양도 안내");
        assertThat(mail.body()).contains("회원 계정과 프로필", "https://pims.example/my/withdraw?lang=ko");
    }
}
