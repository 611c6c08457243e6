package org.ketnoi.scheduling.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.i18n.Language;
import org.ketnoi.scheduling.ScheduleRun;
import org.ketnoi.scheduling.ScheduledMeeting;

/** The API's JSON shapes of runs and meetings; times as ISO-8601 with the offset of the event's zone. */
final class ScheduleJson {

    record Run(
            long id,
            String status,
            int requested,
            int scheduled,
            long weight,
            long weightBound,
            int gaps,
            int moved,
            boolean stopRequested,
            @Nullable Integer scheduleVersion,
            Instant startedAt,
            @Nullable Instant finishedAt) {}

    record Room(long id, String name) {}

    record Person(long id, String name) {}

    record Meeting(
            long requestId,
            String start,
            String end,
            long first,
            long second,
            @Nullable Long connectionPoint,
            @Nullable Room tradeRoom,
            @Nullable Integer table,
            @Nullable String onlineUrl,
            @Nullable Person interpreter,
            boolean pinned,
            String uid,
            int sequence) {}

    private ScheduleJson() {}

    static Run run(ScheduleRun r) {
        return new Run(
                r.id(),
                r.status(),
                r.requested(),
                r.scheduled(),
                r.weight(),
                r.weightBound(),
                r.gaps(),
                r.moved(),
                r.stopRequested(),
                r.scheduleVersion(),
                r.startedAt(),
                r.finishedAt());
    }

    static String offset(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(zone).toOffsetDateTime());
    }

    static Meeting meeting(ScheduledMeeting m, Event event, List<Interpreter> interpreters, Language language) {
        ZoneId zone = event.connectionPoints().stream()
                .filter(p -> m.connectionPoint() != null && p.id() == m.connectionPoint())
                .map(ConnectionPoint::timeZone)
                .findFirst()
                .orElse(event.zone());
        Room room = null;
        if (m.tradeRoom() != null) {
            for (ConnectionPoint p : event.connectionPoints()) {
                for (TradeRoom r : p.tradeRooms()) {
                    if (r.id() == m.tradeRoom()) {
                        room = new Room(r.id(), r.name().in(language));
                    }
                }
            }
        }
        Person interpreter = interpreters.stream()
                .filter(i -> m.interpreter() != null && i.id() == m.interpreter())
                .map(i -> new Person(i.id(), i.name()))
                .findFirst()
                .orElse(null);
        return new Meeting(
                m.request().value(),
                offset(m.start(), zone),
                offset(m.end(), zone),
                m.first().value(),
                m.second().value(),
                m.connectionPoint(),
                room,
                m.table(),
                m.onlineUrl(),
                interpreter,
                m.pinned(),
                m.uid(),
                m.sequence());
    }
}
