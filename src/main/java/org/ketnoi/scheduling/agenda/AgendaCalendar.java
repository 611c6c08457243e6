package org.ketnoi.scheduling.agenda;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An agenda as an RFC 5545 calendar: one VEVENT per meeting with the meeting's stable UID and its
 * SEQUENCE, times in the participant's zone with a VTIMEZONE built from the JDK's zone rules, and
 * meetings dropped since an earlier published version as cancelled events with a raised SEQUENCE, so
 * that calendar clients that imported or subscribed to an earlier export update or remove them.
 */
@Component
class AgendaCalendar {

    private final MessageSource messages;
    private final Clock clock;
    private final String domain;

    AgendaCalendar(MessageSource messages, Clock clock, @Value("${ketnoi.base-url}") String baseUrl) {
        this.messages = messages;
        this.clock = clock;
        String host = URI.create(baseUrl).getHost();
        this.domain = host == null ? "ketnoi" : host;
    }

    String render(Agenda agenda) {
        CalendarWriter ics = new CalendarWriter()
                .begin("VCALENDAR")
                .raw(
                        "PRODID",
                        "-//Ket Noi//Agenda " + agenda.language().code() + "//"
                                + agenda.language().code().toUpperCase(Locale.ROOT))
                .raw("VERSION", "2.0")
                .raw("CALSCALE", "GREGORIAN")
                .raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", message(agenda, "agenda.ics.name", agenda.eventTitle(), agenda.companyName()))
                .raw("X-WR-TIMEZONE", agenda.zone().getId());
        timeZone(ics, agenda.zone(), span(agenda));
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        agenda.meetings().forEach(m -> event(ics, agenda, m, false, stamp));
        agenda.cancelled().forEach(m -> event(ics, agenda, m, true, stamp));
        return ics.end("VCALENDAR").toString();
    }

    /** The stored uid without a domain of its own (drafts store {@code <uuid>@ketnoi}): one domain per UID. */
    private static String localPart(String uid) {
        int at = uid.indexOf('@');
        return at < 0 ? uid : uid.substring(0, at);
    }

    private void event(CalendarWriter ics, Agenda agenda, AgendaMeeting meeting, boolean cancelled, Instant stamp) {
        String tzid = agenda.zone().getId();
        ics.begin("VEVENT")
                .raw("UID", localPart(meeting.uid()) + "@" + domain)
                .raw("SEQUENCE", Integer.toString(meeting.sequence()))
                .utc("DTSTAMP", stamp)
                .local("DTSTART", tzid, meeting.start().atZone(agenda.zone()).toLocalDateTime())
                .local("DTEND", tzid, meeting.end().atZone(agenda.zone()).toLocalDateTime())
                .text("SUMMARY", message(agenda, "agenda.ics.summary", meeting.partnerName(), agenda.eventTitle()))
                .text("DESCRIPTION", description(agenda, meeting))
                .text("LOCATION", meeting.online() ? meeting.onlineUrl() : meeting.place());
        if (meeting.online()) {
            ics.raw("URL", meeting.onlineUrl());
        }
        ics.raw("STATUS", cancelled ? "CANCELLED" : "CONFIRMED")
                .raw("TRANSP", cancelled ? "TRANSPARENT" : "OPAQUE")
                .end("VEVENT");
    }

    private String description(Agenda agenda, AgendaMeeting meeting) {
        List<String> lines = new ArrayList<>();
        lines.add(message(agenda, "agenda.ics.partner", meeting.partnerName(), meeting.partnerCountry()));
        lines.add(
                meeting.online()
                        ? message(agenda, "agenda.ics.online", meeting.onlineUrl())
                        : message(agenda, "agenda.ics.place", meeting.place()));
        if (meeting.partnerTime() != null) {
            lines.add(message(agenda, "agenda.ics.partner-time", meeting.partnerTime()));
        }
        if (meeting.interpreter() != null) {
            lines.add(message(agenda, "agenda.ics.interpreter", meeting.interpreter()));
        }
        lines.add(agenda.eventTitle());
        return String.join("\n", lines);
    }

    private String message(Agenda agenda, String key, Object... arguments) {
        return messages.getMessage(key, arguments, agenda.language().locale());
    }

    private Instant[] span(Agenda agenda) {
        List<Instant> times = Stream.concat(agenda.meetings().stream(), agenda.cancelled().stream())
                .flatMap(m -> Stream.of(m.start(), m.end()))
                .sorted()
                .toList();
        Instant now = clock.instant();
        return times.isEmpty() ? new Instant[] {now, now} : new Instant[] {times.getFirst(), times.getLast()};
    }

    /**
     * A VTIMEZONE with the zone's offset in force at the first meeting and every transition up to the
     * last: one STANDARD observance for zones without daylight saving (Asia/Ho_Chi_Minh, Asia/Shanghai),
     * the real transitions for the others.
     */
    static void timeZone(CalendarWriter ics, ZoneId zone, Instant[] span) {
        ZoneRules rules = zone.getRules();
        ics.begin("VTIMEZONE").raw("TZID", zone.getId());
        ZoneOffsetTransition previous = rules.previousTransition(span[0].plusSeconds(1));
        if (previous == null) {
            ZoneOffset offset = rules.getOffset(span[0]);
            ics.begin("STANDARD")
                    .raw("DTSTART", "19700101T000000")
                    .raw("TZOFFSETFROM", offset(offset))
                    .raw("TZOFFSETTO", offset(offset))
                    .end("STANDARD");
        } else {
            for (ZoneOffsetTransition t = previous;
                    t != null && !t.getInstant().isAfter(span[1]);
                    t = rules.nextTransition(t.getInstant())) {
                String kind = rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD";
                ics.begin(kind)
                        .raw("DTSTART", CalendarWriter.localTime(t.getDateTimeBefore()))
                        .raw("TZOFFSETFROM", offset(t.getOffsetBefore()))
                        .raw("TZOFFSETTO", offset(t.getOffsetAfter()))
                        .end(kind);
            }
        }
        ics.end("VTIMEZONE");
    }

    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, "%02d", abs % 60);
    }
}
