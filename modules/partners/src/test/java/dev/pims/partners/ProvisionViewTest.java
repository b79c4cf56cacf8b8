package dev.pims.partners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.CareField;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A member is always told of a provision to a partner; of one to an authority only as the law allows, from when. */
class ProvisionViewTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 12, 0);

    @Test
    void aProvisionToAPartnerIsAlwaysTold() {
        assertThat(provision(RecipientKind.PARTNER, true, null).toldAt(NOW)).isTrue();
    }

    @Test
    void aProvisionToAnAuthorityIsToldOnlyWhereAndFromWhenTheLawAllows() {
        assertThat(provision(RecipientKind.AUTHORITY, true, null).toldAt(NOW)).isTrue();
        assertThat(provision(RecipientKind.AUTHORITY, false, null).toldAt(NOW)).isFalse();
        assertThat(provision(RecipientKind.AUTHORITY, true, NOW.plusDays(1)).toldAt(NOW))
                .isFalse();
        assertThat(provision(RecipientKind.AUTHORITY, true, NOW).toldAt(NOW)).isTrue();
    }

    @Test
    void itsItemsNameTheirFieldsAndTheirCategoriesOnce() {
        ProvisionView view = provision(RecipientKind.PARTNER, true, null);
        assertThat(view.itemNames()).isEqualTo("EMAIL,NAME,COMPANY");
        assertThat(view.categoryNames()).isEqualTo("ACCOUNT,BASIC_PROFILE");
    }

    private static ProvisionView provision(RecipientKind kind, boolean mayBeTold, LocalDateTime withheldUntil) {
        return new ProvisionView(
                7L,
                NOW.minusDays(3),
                kind,
                "Recipient",
                "Purpose",
                List.of(CareField.EMAIL, CareField.NAME, CareField.COMPANY),
                null,
                null,
                mayBeTold,
                withheldUntil);
    }
}
