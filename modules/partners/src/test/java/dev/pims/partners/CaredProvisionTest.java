package dev.pims.partners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.CareField;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A handler sees a partner's provision as the registry words it, and of an authority's the legal basis masked and no
 * document reference.
 */
class CaredProvisionTest {

    private static final LocalDateTime PROVIDED_AT = LocalDateTime.of(2026, 12, 1, 9, 30);
    private static final List<CareField> ITEMS = List.of(CareField.EMAIL, CareField.NAME);

    @Test
    void aProvisionToAPartnerIsShownWhole() {
        ProvisionView toPartner = new ProvisionView(
                7L,
                PROVIDED_AT,
                RecipientKind.PARTNER,
                "Billing Partner",
                "Billing and payment.",
                ITEMS,
                "Until the end of the contract.",
                null,
                true,
                null);

        assertThat(CaredProvision.of(toPartner))
                .isEqualTo(new CaredProvision(
                        PROVIDED_AT,
                        RecipientKind.PARTNER,
                        "Billing Partner",
                        "Billing and payment.",
                        ITEMS,
                        "Until the end of the contract."));
    }

    @Test
    void aProvisionToAnAuthorityHasItsLegalBasisMaskedAndNoDocumentReference() {
        ProvisionView toAuthority = new ProvisionView(
                7L,
                PROVIDED_AT,
                RecipientKind.AUTHORITY,
                "Seoul Police",
                "Criminal Procedure Act Article 215, warrant against Hong Gildong",
                ITEMS,
                null,
                "Warrant 2026-1234",
                true,
                null);

        CaredProvision cared = CaredProvision.of(toAuthority);

        assertThat(cared.recipient()).isEqualTo("Seoul Police");
        assertThat(cared.purpose()).isEqualTo("Cr***");
        assertThat(cared.items()).isEqualTo(ITEMS);
        assertThat(cared.toString()).doesNotContain("Hong", "2026-1234");
    }
}
