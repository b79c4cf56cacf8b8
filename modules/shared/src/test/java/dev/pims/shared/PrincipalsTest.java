package dev.pims.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A member is named by id, and nothing else passes for a member. */
class PrincipalsTest {

    @Test
    void aMembersPrincipalNamesTheirId() {
        assertThat(Principals.memberIdOf(Principals.ofMember(1042))).hasValue(1042);
    }

    @Test
    void otherNamesAreNoMembers() {
        assertThat(Principals.memberIdOf("staff:officer")).isEmpty();
        assertThat(Principals.memberIdOf("member:")).isEmpty();
        assertThat(Principals.memberIdOf("member:12; DROP")).isEmpty();
        assertThat(Principals.memberIdOf(null)).isEmpty();
    }

    @Test
    void aGrantedCategoryBecomesAScopeGroup() {
        assertThat(Principals.scopeRole(DataCategory.BASIC_PROFILE)).isEqualTo("SCOPE_BASIC_PROFILE");
    }

    @Test
    void aStaffPrincipalNamesItsLoginId() {
        assertThat(Principals.staffLoginIdOf(Principals.ofStaff("kim"))).hasValue("kim");
        assertThat(Principals.staffLoginIdOf("member:12")).isEmpty();
        assertThat(Principals.staffLoginIdOf("staff:")).isEmpty();
    }
}
