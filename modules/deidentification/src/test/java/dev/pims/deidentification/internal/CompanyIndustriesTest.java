package dev.pims.deidentification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.membership.Industry;
import org.junit.jupiter.api.Test;

class CompanyIndustriesTest {

    private final CompanyIndustries shipped = CompanyIndustries.shipped();

    @Test
    void aListedCompanyIsItsIndustryWhateverItsLegalFormCaseOrSpacing() {
        assertThat(shipped.of("Seoul Style")).isEqualTo(Industry.FASHION);
        assertThat(shipped.of("SEOUL STYLE Inc.")).isEqualTo(Industry.FASHION);
        assertThat(shipped.of("(주)서울스타일")).isEqualTo(Industry.FASHION);
        assertThat(shipped.of("주식회사 쿠팡")).isEqualTo(Industry.ECOMMERCE);
        assertThat(shipped.of("Hanbit Retail Co., Ltd.")).isEqualTo(Industry.RETAIL);
        assertThat(shipped.of("Nuri Media")).isEqualTo(Industry.MEDIA);
    }

    @Test
    void anUnknownCompanyOrNoneIsOther() {
        assertThat(shipped.of("Acme Widgets")).isEqualTo(Industry.OTHER);
        assertThat(shipped.of(null)).isEqualTo(Industry.OTHER);
    }

    @Test
    void theOfficerSeesEveryLine() {
        assertThat(shipped.lines())
                .isNotEmpty()
                .allMatch(line -> !line.company().isBlank());
    }
}
