package dev.pims.deidentification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobFamilyTest {

    @Test
    void englishAndKoreanTitlesFallInTheirFamilies() {
        assertThat(JobFamily.of("Senior Software Engineer")).isEqualTo(JobFamily.ENGINEERING);
        assertThat(JobFamily.of("백엔드 개발자")).isEqualTo(JobFamily.ENGINEERING);
        assertThat(JobFamily.of("Product Designer")).isEqualTo(JobFamily.DESIGN);
        assertThat(JobFamily.of("UX 디자이너")).isEqualTo(JobFamily.DESIGN);
        assertThat(JobFamily.of("Account Executive")).isEqualTo(JobFamily.SALES);
        assertThat(JobFamily.of("영업 담당")).isEqualTo(JobFamily.SALES);
        assertThat(JobFamily.of("Brand Marketer")).isEqualTo(JobFamily.MARKETING);
        assertThat(JobFamily.of("마케팅 팀장")).isEqualTo(JobFamily.MARKETING);
        assertThat(JobFamily.of("CEO")).isEqualTo(JobFamily.MANAGEMENT);
        assertThat(JobFamily.of("대표이사")).isEqualTo(JobFamily.MANAGEMENT);
    }

    @Test
    void aNamedFunctionWinsOverSeniority() {
        assertThat(JobFamily.of("Marketing Manager")).isEqualTo(JobFamily.MARKETING);
        assertThat(JobFamily.of("Engineering Director")).isEqualTo(JobFamily.ENGINEERING);
        assertThat(JobFamily.of("Manager")).isEqualTo(JobFamily.MANAGEMENT);
    }

    @Test
    void englishKeywordsAreWholeWords() {
        assertThat(JobFamily.of("Luxury buyer")).isEqualTo(JobFamily.OTHER);
        assertThat(JobFamily.of("UX lead")).isEqualTo(JobFamily.DESIGN);
    }

    @Test
    void noTitleOrAnUnknownOneIsOther() {
        assertThat(JobFamily.of(null)).isEqualTo(JobFamily.OTHER);
        assertThat(JobFamily.of("  ")).isEqualTo(JobFamily.OTHER);
        assertThat(JobFamily.of("Pastry chef")).isEqualTo(JobFamily.OTHER);
    }
}
