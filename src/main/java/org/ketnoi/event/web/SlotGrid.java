package org.ketnoi.event.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.Event;
import org.ketnoi.event.Slot;
import org.ketnoi.shared.InvalidInputException;

/**
 * An event's slots grouped by date as seen in one zone (a slot grid day can fall on two local dates
 * far from the event's zone), each marked when it is unavailable: the checkbox grids of the
 * availability pages. Checkbox values are the slots' starts as ISO-8601 instants.
 */
record SlotGrid(String zone, List<Day> days) {

    record Day(LocalDate date, List<Cell> cells) {}

    record Cell(String value, Instant start, Instant end, boolean unavailable) {}

    static SlotGrid of(Event event, ZoneId zone, Set<Instant> unavailable) {
        Map<LocalDate, List<Cell>> byDate = new LinkedHashMap<>();
        for (Slot slot : event.slots()) {
            byDate.computeIfAbsent(slot.start().atZone(zone).toLocalDate(), d -> new ArrayList<>())
                    .add(new Cell(
                            slot.start().toString(), slot.start(), slot.end(), unavailable.contains(slot.start())));
        }
        List<Day> days = new ArrayList<>();
        byDate.forEach((date, cells) -> days.add(new Day(date, cells)));
        return new SlotGrid(zone.getId(), days);
    }

    /**
     * Reads slot starts written as instants ({@code 2026-12-01T02:00:00Z}) or with an offset
     * ({@code 2026-12-01T09:00+07:00}).
     *
     * @throws InvalidInputException on {@code unavailable} for anything else
     */
    static List<Instant> parse(@Nullable List<String> values) {
        List<Instant> starts = new ArrayList<>();
        if (values == null) {
            return starts;
        }
        for (String value : values) {
            try {
                starts.add(OffsetDateTime.parse(value.strip()).toInstant());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("unavailable", "availability.error.not-a-time", value);
            }
        }
        return starts;
    }

    /** Starts written with the offset of the zone, as the API answers. */
    static List<String> written(Set<Instant> starts, ZoneId zone) {
        return starts.stream()
                .sorted()
                .map(start -> start.atZone(zone).toOffsetDateTime().toString())
                .toList();
    }
}
