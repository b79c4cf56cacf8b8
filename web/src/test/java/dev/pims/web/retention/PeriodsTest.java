package dev.pims.web.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    private static String inEnglish(Period period) {
        return Periods.format(
                period, ResourceBundle.getBundle("dev.pims.web.messages", Locale.ENGLISH), Locale.ENGLISH);
    }

    private static String inKorean(Period period) {
        return Periods.format(period, ResourceBundle.getBundle("dev.pims.web.messages", Locale.KOREAN), Locale.KOREAN);
    }

    @Test
    void eachUnitSaysItsOwnPluralInEnglish() {
        assertThat(inEnglish(Period.ofYears(1))).isEqualTo("1 year");
        assertThat(inEnglish(Period.ofYears(5))).isEqualTo("5 years");
        assertThat(inEnglish(Period.ofMonths(3))).isEqualTo("3 months");
        assertThat(inEnglish(Period.ofMonths(1))).isEqualTo("1 month");
        assertThat(inEnglish(Period.ofDays(30))).isEqualTo("30 days");
        assertThat(inEnglish(Period.ofDays(1))).isEqualTo("1 day");
    }

    @Test
    void koreanCountsWithoutPlural() {
        assertThat(inKorean(Period.ofYears(1))).isEqualTo("1년");
        assertThat(inKorean(Period.ofYears(5))).isEqualTo("5년");
        assertThat(inKorean(Period.ofMonths(3))).isEqualTo("3개월");
        assertThat(inKorean(Period.ofDays(7))).isEqualTo("7일");
    }

    @Test
    void twelveMonthsAreAYearAndZeroPartsAreLeftOut() {
        assertThat(inEnglish(Period.ofMonths(12))).isEqualTo("1 year");
        assertThat(inEnglish(Period.ofMonths(18))).isEqualTo("1 year 6 months");
        assertThat(inKorean(Period.of(1, 6, 10))).isEqualTo("1년 6개월 10일");
        assertThat(inEnglish(Period.of(2, 0, 1))).isEqualTo("2 years 1 day");
        assertThat(inEnglish(Period.ZERO)).isEqualTo("0 days");
    }
}
