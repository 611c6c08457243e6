package org.ketnoi.scheduling.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.ketnoi.scheduling.agenda.StrictCalendarParser.Component;

class CalendarWriterTest {

    @Test
    void escape_backslashSemicolonCommaAndNewlines() {
        assertThat(CalendarWriter.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void text_longVietnameseAndChinese_foldsAt75OctetsWithoutSplittingCharacters() {
        String summary = "Gặp Công ty TNHH Cà phê Đắk Lắk, Hồ tiêu; Bình Phước · 杭州茶叶进出口有限公司与越南咖啡企业的会谈".repeat(3);
        String ics = new CalendarWriter()
                .begin("VCALENDAR")
                .begin("VEVENT")
                .text("SUMMARY", summary)
                .end("VEVENT")
                .end("VCALENDAR")
                .toString();

        assertThat(ics.split("\r\n")).hasSizeGreaterThan(8);
        Component calendar = StrictCalendarParser.parse(ics.getBytes(StandardCharsets.UTF_8));
        assertThat(calendar.children("VEVENT").getFirst().value("SUMMARY")).isEqualTo(summary);
    }

    @Test
    void fold_exactly75Octets_staysOneLine() {
        String line = "X".repeat(75);
        assertThat(CalendarWriter.fold(line)).isEqualTo(line + "\r\n");
        assertThat(CalendarWriter.fold(line + "Y")).isEqualTo(line + "\r\n Y\r\n");
    }

    @Test
    void timeZone_withDaylightSaving_listsTheTransitionsOfTheSpan() {
        CalendarWriter ics = new CalendarWriter().begin("VCALENDAR");
        AgendaCalendar.timeZone(ics, ZoneId.of("Europe/Berlin"), new Instant[] {
            Instant.parse("2027-03-10T08:00:00Z"), Instant.parse("2027-04-10T08:00:00Z")
        });
        Component zone = StrictCalendarParser.parse(
                        ics.end("VCALENDAR").toString().getBytes(StandardCharsets.UTF_8))
                .children("VTIMEZONE")
                .getFirst();

        assertThat(zone.value("TZID")).isEqualTo("Europe/Berlin");
        assertThat(zone.children("STANDARD")).singleElement().satisfies(s -> {
            assertThat(s.value("DTSTART")).isEqualTo("20261025T030000");
            assertThat(s.value("TZOFFSETFROM")).isEqualTo("+0200");
            assertThat(s.value("TZOFFSETTO")).isEqualTo("+0100");
        });
        assertThat(zone.children("DAYLIGHT")).singleElement().satisfies(d -> {
            assertThat(d.value("DTSTART")).isEqualTo("20270328T020000");
            assertThat(d.value("TZOFFSETFROM")).isEqualTo("+0100");
            assertThat(d.value("TZOFFSETTO")).isEqualTo("+0200");
        });
    }
}
