package org.ketnoi.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTests {

    private final Formats fmt = new Formats();
    private final Instant nineInHanoi = Instant.parse("2025-11-25T02:00:00Z");

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void money_isWrittenTheReadersWay() {
        LocaleContextHolder.setLocale(Language.VI.locale());
        assertThat(fmt.money(new BigDecimal("1250000000"), "VND")).isEqualTo("1.250.000.000\u00a0₫");
        LocaleContextHolder.setLocale(Language.ZH.locale());
        assertThat(fmt.money(new BigDecimal("88000.5"), "CNY")).isEqualTo("¥88,000.50");
        LocaleContextHolder.setLocale(Language.EN.locale());
        assertThat(fmt.money(new BigDecimal("1500"), "USD")).isEqualTo("$1,500.00");
    }

    @Test
    void dateTime_isShownInTheGivenZoneWithItsOffset() {
        LocaleContextHolder.setLocale(Language.EN.locale());
        assertThat(fmt.time(nineInHanoi, "Asia/Ho_Chi_Minh")).isEqualTo("09:00");
        assertThat(fmt.time(nineInHanoi, "Asia/Shanghai")).isEqualTo("10:00");
        assertThat(fmt.offset(nineInHanoi, "Asia/Shanghai")).isEqualTo("UTC+8");
        assertThat(fmt.offset(nineInHanoi, "Asia/Kolkata")).isEqualTo("UTC+5:30");
        assertThat(fmt.dateTime(nineInHanoi, "Asia/Shanghai")).isEqualTo("Nov 25, 2025 10:00 (UTC+8)");
    }

    @Test
    void date_followsTheReadersLanguage() {
        LocalDate date = LocalDate.of(2025, 11, 25);
        LocaleContextHolder.setLocale(Language.ZH.locale());
        assertThat(fmt.date(date)).isEqualTo("2025年11月25日");
        LocaleContextHolder.setLocale(Language.VI.locale());
        assertThat(fmt.date(date)).isEqualTo("25 thg 11, 2025");
    }

    @Test
    void numbers_useTheReadersSeparators() {
        LocaleContextHolder.setLocale(Language.VI.locale());
        assertThat(fmt.number(1234567.5)).isEqualTo("1.234.567,5");
        LocaleContextHolder.setLocale(Language.EN.locale());
        assertThat(fmt.number(1234567.5)).isEqualTo("1,234,567.5");
    }
}
