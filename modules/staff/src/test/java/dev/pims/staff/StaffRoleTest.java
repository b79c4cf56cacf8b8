package dev.pims.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.shared.Principals;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Staff roles are the security roles the audit road records actors by: the names must be the same. */
class StaffRoleTest {

    @Test
    void everyStaffRoleIsASecurityRoleOfTheSameName() {
        assertThat(Arrays.stream(StaffRole.values()).map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(Principals.STAFF_ROLES);
    }
}
