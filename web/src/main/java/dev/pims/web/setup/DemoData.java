package dev.pims.web.setup;

import dev.pims.consent.PolicyArchive;
import dev.pims.consent.PolicyDraft;
import dev.pims.consent.PolicyVersionView;
import dev.pims.consent.SyntheticConsents;
import dev.pims.consent.SyntheticPolicyVersions;
import dev.pims.inquiry.InquiryForm;
import dev.pims.inquiry.SyntheticInquiries;
import dev.pims.marketing.NewsletterDraft;
import dev.pims.marketing.SyntheticNewsletters;
import dev.pims.membership.CareField;
import dev.pims.membership.Industry;
import dev.pims.membership.MembershipRefusal;
import dev.pims.membership.ProfileDetails;
import dev.pims.membership.SignUpForm;
import dev.pims.membership.SyntheticMembers;
import dev.pims.notices.SyntheticTransfers;
import dev.pims.notices.TransferForm;
import dev.pims.partners.PartnerForm;
import dev.pims.partners.SyntheticProvisions;
import dev.pims.shared.ConsentPurpose;
import dev.pims.usage.SyntheticUsage;
import dev.pims.usage.UsageEvent;
import dev.pims.usage.UsageKind;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code ./pims start --demo} ({@code pims.demo=true}), PIMS starts with a demo member to log in as and a few
 * dozen synthetic members, so that a newcomer sees something at once. Nothing here runs otherwise. Every member is
 * enrolled through the audited road, like any other.
 * <p>
 * The members come with six years of history, so that every lifecycle job has work at the first start and every
 * admin page shows something real: visits over the last six months, service use over six years, records of bad use
 * and former members who withdrew at times from six years to a month ago. The retention rules of what this history
 * holds (visits, service use, consents, payments, records of bad use, withdrawals, separated members, unverified
 * sign-ups, closed inquiries) thus have records due at once; the records of the other rules are made by the jobs from
 * the first start on. Three members have been idle for 11, 12 and 13
 * months, so that the first start sends dormancy notices. A business transfer 45 days ahead is on the notice board and
 * mailed to every member by the first start. A partner (policy §3B) is registered; the demo member and every fifth
 * synthetic member consent to it at sign-up and have been provided to it. The demo member and every fourth synthetic
 * member keep a card and a bank account and have paid with them over six years (§2A(3)).
 * A second version of the privacy policy was announced three days ago and takes effect in four. Three members gave
 * their consent to marketing e-mail two years and ten days, two years less twenty days, and a year ago (§1D). Five
 * inquiries came through the public form (§12): two are open, three were closed three years and ten days, three years
 * less twenty days, and a month ago.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    static final String DEMO_MEMBER_EMAIL = "member@demo.pims.dev";
    static final String DEMO_MEMBER_PASSWORD = "demo-member-2026";
    private static final int SYNTHETIC_MEMBERS = 40;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final String[] FAMILY_NAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
    private static final String[] GIVEN_NAMES = {"민준", "서연", "도윤", "지우", "하준", "서윤", "예준", "하은", "지호", "수아"};
    private static final String[] COMPANIES = {"Hanbit Retail", "Seoul Style", "Nuri Media", "Daon Commerce"};
    /**
     * The de-identified dataset's classes (policy §3D): the first synthetic members are engineers and designers (in
     * English and Korean titles) at a fashion and a retail company, ten to each of the four classes, so that a dataset
     * of their recent days with k = 5 keeps most rows; the other members' random titles and companies make the small
     * classes it suppresses.
     */
    private static final String[] JOB_TITLES = {"Software Engineer", "백엔드 개발자", "Product Designer", "UX 디자이너"};

    private static final String[] CLASS_COMPANIES = {"Seoul Style", "Hanbit Retail"};
    /** The recent days on which three in four of the first synthetic members use the service each day. */
    private static final int RECENT_DAYS = 14;

    private static final int MINUTES_IN_A_WORKING_DAY = 8 * 60;
    private static final String[] DEPARTMENTS = {"Merchandising", "Marketing", "Data", "Design"};
    private static final String[] SEARCHES = {"linen shirt", "white sneakers", "trench coat", "wide denim", "tote bag"};
    private static final int HOURS_IN_SIX_MONTHS = 24 * 183;
    private static final int DAYS_IN_SIX_YEARS = 6 * 365;
    private static final String DEMO_POLICY_ADDITION_KO = "15. 개인정보처리방침의 변경 이력\n\n회사는 지금까지 공고한 개인정보처리방침의 모든 버전을 서비스 내"
            + " \"개인정보처리방침의 모든 버전\" 화면에 게시하며, 이용자는 어느 두 버전이든 나란히 비교할 수 있습니다.";
    private static final String DEMO_POLICY_ADDITION_EN = "15. History of this policy\n\nThe company publishes every"
            + " version of this privacy policy ever announced on the \"All versions of the privacy policy\" page of the"
            + " service, where any two versions can be compared side by side.";
    private static final String BAD_USE_REASON = "Resold recommendation results to a third party.";
    /** How long ago each member with a record of bad use was recorded: due, due within 30 days, kept. */
    private static final Period[] BAD_USE_AGES = {Period.ofMonths(14), Period.ofDays(350), Period.ofMonths(2)};
    /**
     * How long ago each former member withdrew: their contract records due (over five years), their separated data
     * due (over a year), due within 30 days (a year less ten days), and kept.
     */
    private static final Period[] WITHDRAWAL_AGES = {
        Period.ofYears(6),
        Period.ofYears(5).plusMonths(6),
        Period.ofYears(4).plusMonths(11).plusDays(20),
        Period.ofYears(2),
        Period.ofMonths(13),
        Period.ofYears(1).minusDays(10),
        Period.ofMonths(6),
        Period.ofMonths(1)
    };
    /**
     * How long ago each idle member last used the service (policy §4C). The first becomes dormant in 23 to 26 days (11
     * months alone may be 337 days or 334, just outside the notice's 30), so the first start tells them; the others'
     * idle year has ended already, and they are told too, with the full 30 days from the notice: the separation
     * ({@code dormancy.separation}) makes them dormant only when that date comes, never without the notice.
     */
    private static final Period[] IDLE_FOR = {Period.ofMonths(11).plusDays(5), Period.ofMonths(12), Period.ofMonths(13)
    };
    /**
     * How long ago each member who did not tick marketing e-mail at sign-up gave it later (policy §1D): two years and
     * ten days (told at the first start that it is two years old), two years less twenty days (told in twenty days),
     * one year (not yet).
     */
    private static final Period[] MARKETING_CONSENT_AGES = {
        Period.ofYears(2).plusDays(10), Period.ofYears(2).minusDays(20), Period.ofYears(1)
    };
    /**
     * The demo's inquiries, in turn Korean and English: subject and text. The closed ones come first, then the open
     * ones ({@link #CLOSED_INQUIRY_AGES}, {@link #OPEN_INQUIRY_AGES}).
     */
    private static final String[][] INQUIRIES = {
        {"회원 탈퇴 후 정보 보관 기간 문의", "탈퇴하면 제 정보는 언제 파기되나요? 보관하는 항목과 기간을 알려 주세요."},
        {
            "How long do you keep my searches?",
            "I would like to know how long my searches are kept and how to delete them."
        },
        {"마케팅 메일 수신 거부", "마케팅 메일을 더 이상 받고 싶지 않습니다. 어떻게 하면 되나요?"},
        {
            "Who can read my application form?",
            "Which of your staff can read the application form I sent, and is it recorded?"
        },
        {"휴면 전환 안내 메일", "휴면 전환 안내 메일을 받았습니다. 계정을 계속 유지하려면 어떻게 해야 하나요?"}
    };
    /**
     * How long ago each closed inquiry was closed (policy §12, rule {@code inquiry.closed-cases}, 3 years): due, due
     * within 30 days, kept. Each was received a week before it was closed.
     */
    private static final Period[] CLOSED_INQUIRY_AGES = {
        Period.ofYears(3).plusDays(10), Period.ofYears(3).minusDays(20), Period.ofMonths(1)
    };
    /** How long ago each inquiry still open was received. */
    private static final Period[] OPEN_INQUIRY_AGES = {Period.ofDays(3), Period.ofDays(1)};
    /** How long ago each never verified sign-up was made: due (over 7 days, rule membership.unverified-sign-ups), kept. */
    private static final Period[] UNVERIFIED_AGES = {Period.ofDays(10), Period.ofDays(8), Period.ofDays(2)};

    @Inject
    @ConfigProperty(name = "pims.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private SyntheticMembers synthetic;

    @Inject
    private SyntheticUsage usage;

    @Inject
    private Clock clock;

    /** The demo's business transfer (policy §10): on the notice board, mailed to every member by its job. */
    @Inject
    private SyntheticTransfers transfers;

    @Inject
    private SyntheticInquiries inquiries;

    @Inject
    private SyntheticNewsletters newsletters;

    @Inject
    private SyntheticConsents consents;

    // The demo's partner (policy §3A, §3B): the demo member and every fifth synthetic member consent to it at sign-up
    // and are provided to it at the first start (their consent records are dated then, so the provision is too).
    @Inject
    private SyntheticProvisions provisions;

    private static final int EVERY_NTH_CONSENTS_TO_THE_PARTNER = 5;

    // The demo member and every fourth synthetic member keep a card and an account, with six years of payments.
    @Inject
    private DemoPayments payments;

    private static final int EVERY_NTH_PAYS = 4;

    @Inject
    private PolicyArchive policyArchive;

    @Inject
    private SyntheticPolicyVersions policyVersions;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        // Registered again at a second start, which answers with the partner registered at the first.
        long partner = provisions.registerPartner(demoPartner());
        List<Long> consenting = new ArrayList<>();
        try {
            SignUpForm demoForm = demoMember();
            demoForm.setPartnerConsents(List.of(partner));
            consenting.add(synthetic.enrolVerified(demoForm).memberId());
        } catch (MembershipRefusal alreadyLoaded) {
            LOG.info("Demo data is loaded already.");
            printAccounts();
            return;
        }
        Random random = new Random(2019_08_01L);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        payments.give(consenting.get(0), now);
        for (int i = 1; i <= SYNTHETIC_MEMBERS; i++) {
            SignUpForm form = syntheticMember(i, random);
            if (i % EVERY_NTH_CONSENTS_TO_THE_PARTNER == 0) {
                form.setPartnerConsents(List.of(partner));
            }
            long member = synthetic.enrolVerified(form).memberId();
            if (i % EVERY_NTH_CONSENTS_TO_THE_PARTNER == 0) {
                consenting.add(member);
            }
            addHistory(member, now, random);
            if (i % EVERY_NTH_PAYS == 0) {
                payments.give(member, now);
            }
            addRecentDays(member, now, random);
        }
        provisions.provideAsOf(partner, consenting, now);
        for (int i = 0; i < BAD_USE_AGES.length; i++) {
            long member = synthetic
                    .enrolVerified(syntheticMember(SYNTHETIC_MEMBERS + 1 + i, random))
                    .memberId();
            synthetic.badUseAsOf(member, BAD_USE_REASON, now.minus(BAD_USE_AGES[i]));
        }
        for (int i = 0; i < WITHDRAWAL_AGES.length; i++) {
            SignUpForm former = syntheticMember(SYNTHETIC_MEMBERS + BAD_USE_AGES.length + 1 + i, random);
            long member = synthetic.enrolVerified(former).memberId();
            addHistory(member, now.minus(WITHDRAWAL_AGES[i]), random);
            synthetic.withdrawAsOf(member, now.minus(WITHDRAWAL_AGES[i]));
        }
        for (int i = 0; i < IDLE_FOR.length; i++) {
            int number = SYNTHETIC_MEMBERS + BAD_USE_AGES.length + WITHDRAWAL_AGES.length + 1 + i;
            long member =
                    synthetic.enrolVerified(syntheticMember(number, random)).memberId();
            synthetic.idleSince(member, now.minus(IDLE_FOR[i]));
        }
        for (int i = 0; i < UNVERIFIED_AGES.length; i++) {
            int number = SYNTHETIC_MEMBERS + BAD_USE_AGES.length + WITHDRAWAL_AGES.length + IDLE_FOR.length + 1 + i;
            synthetic.signUpUnverifiedAsOf(syntheticMember(number, random), now.minus(UNVERIFIED_AGES[i]));
        }
        for (int i = 0; i < MARKETING_CONSENT_AGES.length; i++) {
            int number = SYNTHETIC_MEMBERS
                    + BAD_USE_AGES.length
                    + WITHDRAWAL_AGES.length
                    + IDLE_FOR.length
                    + UNVERIFIED_AGES.length
                    + 1
                    + i;
            SignUpForm form = syntheticMember(number, random);
            form.setAcceptsMarketingEmail(false);
            long member = synthetic.enrolVerified(form).memberId();
            consents.giveAsOf(member, ConsentPurpose.MARKETING_EMAIL, now.minus(MARKETING_CONSENT_AGES[i]));
        }
        announceASecondPolicyVersion(now);
        transfers.record(demoTransfer(now));
        newsletters.draft(demoNewsletter(), "demo");
        for (int i = 0; i < CLOSED_INQUIRY_AGES.length; i++) {
            LocalDateTime closedAt = now.minus(CLOSED_INQUIRY_AGES[i]);
            inquiries.receiveAsOf(demoInquiry(i), closedAt.minusDays(7), closedAt);
        }
        for (int i = 0; i < OPEN_INQUIRY_AGES.length; i++) {
            inquiries.receiveAsOf(demoInquiry(CLOSED_INQUIRY_AGES.length + i), now.minus(OPEN_INQUIRY_AGES[i]), null);
        }
        printAccounts();
    }

    /** A transfer 45 days ahead, so that the first start shows it on /notices and its job mails every member. */
    private static TransferForm demoTransfer(LocalDateTime now) {
        TransferForm transfer = new TransferForm();
        transfer.setTransferee("Nuri Vision Co., Ltd.");
        transfer.setContact("Privacy team, 12 Teheran-ro, Gangnam-gu, Seoul; privacy@nurivision.example; 02-555-0100");
        transfer.setTransferOn(now.toLocalDate().plusDays(45));
        transfer.setPassesKo("회원 계정(이메일 주소), 기본 프로필, 이용 신청서, 서비스 이용 기록과 동의 기록");
        transfer.setPassesEn(
                "Member accounts (e-mail addresses), basic profiles, application forms, service-usage records and"
                        + " consent records");
        return transfer;
    }

    /** The demo's {@code number}-th inquiry through the public form, from a made-up sender of its language. */
    private static InquiryForm demoInquiry(int number) {
        InquiryForm inquiry = new InquiryForm();
        inquiry.setSubject(INQUIRIES[number][0]);
        inquiry.setText(INQUIRIES[number][1]);
        inquiry.setReplyTo("inquirer-" + (number + 1) + "@demo.pims.dev");
        inquiry.setName(FAMILY_NAMES[number] + GIVEN_NAMES[number]);
        inquiry.setLanguage(number % 2 == 0 ? "ko" : "en");
        return inquiry;
    }

    /**
     * A newsletter ready for the privacy officer to send (policy §1D): it reaches the synthetic members who consented to
     * marketing e-mail at sign-up, about half of them.
     */
    private static NewsletterDraft demoNewsletter() {
        NewsletterDraft draft = new NewsletterDraft();
        draft.setSubjectKo("PIMS 소식: 이미지 검색이 더 빨라졌습니다");
        draft.setBodyKo("안녕하세요.\n\n이번 달부터 PIMS의 이미지 검색 결과가 두 배 빨라졌습니다. 새 기능을 확인해 보세요.");
        draft.setSubjectEn("PIMS news: image search is faster");
        draft.setBodyEn(
                "Hello,\n\nFrom this month, PIMS answers image searches twice as fast. Have a look at the new features.");
        return draft;
    }

    /**
     * Policy §13, §14: a second version of the privacy policy, announced three days ago and taking effect in four (the
     * seven days of notice a change that takes no right away needs), so that the archive, the comparison and the notice
     * board show a version announced and not yet in force. It asks nobody to consent again.
     */
    private void announceASecondPolicyVersion(LocalDateTime now) {
        PolicyVersionView first = policyArchive.inForce();
        LocalDate effectiveOn = now.toLocalDate().plusDays(4);
        PolicyDraft second = new PolicyDraft();
        second.setTextKo(first.textKo().strip() + "\n\n" + DEMO_POLICY_ADDITION_KO);
        second.setTextEn(first.textEn().strip() + "\n\n" + DEMO_POLICY_ADDITION_EN);
        second.setSummaryKo("개인정보처리방침 변경 이력을 /policy/versions 에서 볼 수 있다는 안내를 추가했습니다.");
        second.setSummaryEn("Added that every version of this policy can be read and compared at /policy/versions.");
        second.setEffectiveOn(effectiveOn);
        policyVersions.publishAsOf(second, now.minusDays(3));
    }

    /** Visits over the six months before {@code until}, and service use over the six years before it. */
    private void addHistory(long member, LocalDateTime until, Random random) {
        for (int visit = random.nextInt(8); visit >= 0; visit--) {
            synthetic.visitAsOf(member, until.minusHours(random.nextInt(HOURS_IN_SIX_MONTHS)));
        }
        for (int use = random.nextInt(12); use >= 0; use--) {
            UsageKind kind = UsageKind.values()[random.nextInt(UsageKind.values().length)];
            String detail = kind == UsageKind.SEARCH_RUN
                    ? SEARCHES[random.nextInt(SEARCHES.length)]
                    : "item-" + (1000 + random.nextInt(9000));
            usage.record(member, new UsageEvent(kind, detail), until.minusDays(random.nextInt(DAYS_IN_SIX_YEARS)));
        }
    }

    /** Uses on most of the recent days, for the de-identified dataset's classes of members using the same day. */
    private void addRecentDays(long member, LocalDateTime now, Random random) {
        for (int day = 0; day < RECENT_DAYS; day++) {
            if (random.nextInt(4) != 0) {
                UsageKind kind = UsageKind.values()[random.nextInt(UsageKind.values().length)];
                usage.record(
                        member,
                        new UsageEvent(kind, "item-" + (1000 + random.nextInt(9000))),
                        now.minusDays(day).minusMinutes(random.nextInt(MINUTES_IN_A_WORKING_DAY)));
            }
        }
    }

    private static void printAccounts() {
        LOG.info(() -> "\n\n  Demo member: " + DEMO_MEMBER_EMAIL + " / " + DEMO_MEMBER_PASSWORD + "\n  (and "
                + SYNTHETIC_MEMBERS + " synthetic members, member-NN@demo.pims.dev, with six years of history)\n");
    }

    private static SignUpForm demoMember() {
        SignUpForm form = form(DEMO_MEMBER_EMAIL, DEMO_MEMBER_PASSWORD, "홍길동", "010-1234-5678");
        form.getDetails().setCompany("OMNIOUS");
        form.getDetails().setDepartment("Product");
        form.getDetails().setJobTitle("Manager");
        form.getDetails().setIntendedUse("Visual search for our online fashion catalogue.");
        form.getDetails().setIndustry(Industry.FASHION);
        form.getDetails().setMonthlyImageVolume(20_000);
        form.setAcceptsMarketingEmail(true);
        return form;
    }

    /** A partner as policy §3B describes them: for the authentication of members, billing and payment. */
    private static PartnerForm demoPartner() {
        PartnerForm form = new PartnerForm();
        form.setName("Daon Payments");
        form.setPurpose("Authentication of members, billing and payment for the paid plans (policy 3B).");
        form.setItems(List.of(CareField.NAME, CareField.EMAIL, CareField.MOBILE_PHONE, CareField.COMPANY));
        form.setRetention("Until the end of the member's paid plan, then 5 years as the payment records.");
        return form;
    }

    private static SignUpForm syntheticMember(int number, Random random) {
        String name =
                FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)] + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
        String mobile = String.format(Locale.ROOT, "010-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
        SignUpForm form = form(
                String.format(Locale.ROOT, "member-%02d@demo.pims.dev", number),
                "synthetic-" + random.nextInt(1_000_000) + "x",
                name,
                mobile);
        ProfileDetails details = form.getDetails();
        if (number <= SYNTHETIC_MEMBERS) {
            details.setJobTitle(JOB_TITLES[(number % 2) * 2 + (number / 4) % 2]);
            details.setCompany(CLASS_COMPANIES[(number / 2) % 2]);
        } else {
            details.setJobTitle(JOB_TITLES[random.nextInt(JOB_TITLES.length)]);
            details.setCompany(COMPANIES[random.nextInt(COMPANIES.length)]);
        }
        details.setDepartment(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
        details.setIndustry(Industry.values()[random.nextInt(Industry.values().length)]);
        details.setKeepSearchHistory(random.nextBoolean());
        form.setAcceptsMarketingEmail(random.nextBoolean());
        return form;
    }

    private static SignUpForm form(String email, String password, String name, String mobile) {
        SignUpForm form = new SignUpForm();
        form.setEmail(email);
        form.setPassword(password);
        form.getDetails().setName(name);
        form.getDetails().setMobilePhone(mobile);
        form.setAcceptsTermsOfUse(true);
        form.setAcceptsCollection(true);
        form.setFourteenOrOlder(true);
        return form;
    }
}
