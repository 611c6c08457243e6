package org.ketnoi.event.web;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventDetails;
import org.ketnoi.event.GridDay;
import org.ketnoi.event.TimeRange;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.organization.AgencyId;
import org.ketnoi.organization.OrganizationService;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Translates between the API's JSON and the event aggregate. */
@Component
class EventJsonMapper {

    private final OrganizationService organizations;

    EventJsonMapper(OrganizationService organizations) {
        this.organizations = organizations;
    }

    EventDetails details(EventJson.Request request) {
        LocalizedText title = request.title().value();
        if (title.isEmpty()) {
            throw new InvalidInputException("title", "event.error.title-required");
        }
        return new EventDetails(
                title,
                request.description() == null
                        ? LocalizedText.empty()
                        : request.description().value(),
                request.kind(),
                request.startDate(),
                request.endDate(),
                blank(request.timeZone()) ? null : ZoneId.of(request.timeZone().strip()),
                request.registrationOpens(),
                request.registrationCloses(),
                orEmpty(request.organizers()).stream().map(AgencyId::new).toList());
    }

    List<ConnectionPoint> points(EventJson.Request request) {
        return orEmpty(request.connectionPoints()).stream()
                .map(p -> new ConnectionPoint(
                        p.id() == null ? 0 : p.id(),
                        p.name().value(),
                        p.city().strip(),
                        p.country(),
                        p.address(),
                        ZoneId.of(p.timeZone().strip()),
                        p.mode(),
                        orEmpty(p.tradeRooms()).stream()
                                .map(r -> new TradeRoom(
                                        r.id() == null ? 0 : r.id(),
                                        r.name().value(),
                                        r.sector().strip(),
                                        r.tables()))
                                .toList()))
                .toList();
    }

    List<GridDay> grid(EventJson.Request request) {
        List<GridDay> days = new ArrayList<>();
        List<EventJson.GridDay> input = orEmpty(request.grid());
        for (int i = 0; i < input.size(); i++) {
            EventJson.GridDay day = input.get(i);
            String field = "grid[" + i + "]";
            requireOrder(day.start(), day.end(), field + ".end");
            List<TimeRange> breaks = new ArrayList<>();
            for (EventJson.Break pause : orEmpty(day.breaks())) {
                requireOrder(pause.start(), pause.end(), field + ".breaks");
                breaks.add(new TimeRange(pause.start(), pause.end()));
            }
            days.add(new GridDay(day.date(), day.start(), day.end(), day.slotMinutes(), breaks));
        }
        return days;
    }

    EventJson.Response response(Event event) {
        EventDetails d = event.details();
        List<EventJson.Organizer> organizers = organizations.all(event.organizers()).stream()
                .map(a -> new EventJson.Organizer(a.id().value(), EventJson.Text.of(a.name())))
                .toList();
        return new EventJson.Response(
                event.id().value(),
                EventJson.Text.of(d.title()),
                EventJson.LongText.of(d.description()),
                d.kind(),
                event.status(),
                d.startDate(),
                d.endDate(),
                event.zone().getId(),
                d.registrationOpens(),
                d.registrationCloses(),
                organizers,
                event.connectionPoints().stream().map(EventJsonMapper::point).toList(),
                event.grid().stream().map(EventJsonMapper::day).toList());
    }

    private static EventJson.Point point(ConnectionPoint p) {
        return new EventJson.Point(
                p.id(),
                EventJson.Text.of(p.name()),
                p.city(),
                p.country(),
                p.address(),
                p.timeZone().getId(),
                p.mode(),
                p.tradeRooms().stream()
                        .map(r -> new EventJson.Room(r.id(), EventJson.Text.of(r.name()), r.sector(), r.tables()))
                        .toList());
    }

    private static EventJson.GridDay day(GridDay d) {
        return new EventJson.GridDay(
                d.date(),
                d.start(),
                d.end(),
                d.slotMinutes(),
                d.breaks().stream()
                        .map(b -> new EventJson.Break(b.start(), b.end()))
                        .toList());
    }

    private static void requireOrder(LocalTime start, LocalTime end, String field) {
        if (!end.isAfter(start)) {
            throw new InvalidInputException(field, "event.error.end-before-start");
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
