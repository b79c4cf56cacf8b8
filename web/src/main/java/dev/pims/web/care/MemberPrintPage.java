package dev.pims.web.care;

import dev.pims.membership.CareField;
import dev.pims.membership.CaredMember;
import dev.pims.membership.MemberCare;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /admin/members/print?id=}: the member's masked data laid out for paper; recorded as PRINT. */
@Named
@RequestScoped
public class MemberPrintPage {

    @Inject
    private MemberCare care;

    private long memberId;
    private CaredMember member;

    public void load() {
        member = care.print(memberId);
    }

    /** A print shows masked values only. */
    public String shown(CareField field) {
        return member.fields().get(field);
    }

    public long getMemberId() {
        return memberId;
    }

    public void setMemberId(long memberId) {
        this.memberId = memberId;
    }

    public CaredMember getMember() {
        return member;
    }
}
