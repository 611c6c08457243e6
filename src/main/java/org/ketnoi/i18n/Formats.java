package org.ketnoi.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Locale-aware formatting for templates ({@code ${@fmt.date(...)}}) and mail: dates, times in a
 * given time zone, numbers and money (VND, CNY, USD), always in the current reader's language.
 */
@Component("fmt")
public class Formats {

    public String date(@Nullable LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    public String time(@Nullable LocalTime time) {
        return time == null
                ? ""
                : DateTimeFormatter.ofPattern("HH:mm", locale()).format(time);
    }

    /** Date and time of an instant as seen in a time zone, with the zone's UTC offset. */
    public String dateTime(@Nullable Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(ZoneId.of(zone));
        return date(local.toLocalDate()) + " " + time(local.toLocalTime()) + " (" + offset(instant, zone) + ")";
    }

    /** Time of day of an instant in a time zone, e.g. {@code 09:40}. */
    public String time(@Nullable Instant instant, String zone) {
        return instant == null ? "" : time(instant.atZone(ZoneId.of(zone)).toLocalTime());
    }

    /** The zone's offset at that instant, written {@code UTC+7} or {@code UTC+5:30}. */
    public String offset(Instant instant, String zone) {
        int seconds = ZoneId.of(zone).getRules().getOffset(instant).getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds < 0 ? "-" : "+";
        return minutes % 60 == 0
                ? "UTC" + sign + minutes / 60
                : "UTC" + sign + minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }

    public String number(@Nullable Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(locale()).format(number);
    }

    /** An amount in a currency (ISO 4217 code such as VND, CNY, USD) written the reader's way. */
    public String money(@Nullable BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        Currency unit = Currency.getInstance(currency);
        format.setCurrency(unit);
        format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        return format.format(amount);
    }

    /** The current reader's language. */
    public Language language() {
        return Language.of(locale());
    }

    /** User-written text in the reader's language, with fallback. */
    public String text(@Nullable LocalizedText text) {
        return text == null ? "" : text.in(language());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
