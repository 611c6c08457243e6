package org.ketnoi.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One day of the B2B meeting grid, in wall-clock times of the event's time zone: meetings of
 * {@code slotMinutes} from {@code start} to {@code end}, skipping the breaks.
 */
public record GridDay(LocalDate date, LocalTime start, LocalTime end, int slotMinutes, List<TimeRange> breaks) {

    public GridDay {
        breaks = List.copyOf(breaks);
        if (!end.isAfter(start) || slotMinutes <= 0) {
            throw new IllegalArgumentException("A grid day must end after it starts and have positive slots");
        }
    }

    /**
     * The day's slots as instants, read in the given zone. A slot that would cross a break or the end
     * of the day is left out; the next one starts right after the break.
     */
    public List<Slot> slots(ZoneId zone) {
        List<Slot> slots = new ArrayList<>();
        LocalTime from = start;
        while (!from.plusMinutes(slotMinutes).isAfter(end)
                && from.plusMinutes(slotMinutes).isAfter(from)) {
            LocalTime to = from.plusMinutes(slotMinutes);
            TimeRange blocking = blocking(from, to);
            if (blocking != null) {
                from = blocking.end();
                continue;
            }
            slots.add(new Slot(
                    date.atTime(from).atZone(zone).toInstant(),
                    date.atTime(to).atZone(zone).toInstant()));
            from = to;
        }
        return slots;
    }

    /** The breaks as instants, read in the given zone. */
    public List<Slot> breakSpans(ZoneId zone) {
        return breaks.stream()
                .map(b -> new Slot(
                        date.atTime(b.start()).atZone(zone).toInstant(),
                        date.atTime(b.end()).atZone(zone).toInstant()))
                .toList();
    }

    /** Start and end of the day's meetings as instants, read in the given zone. */
    public Slot span(ZoneId zone) {
        return new Slot(
                date.atTime(start).atZone(zone).toInstant(),
                date.atTime(end).atZone(zone).toInstant());
    }

    private @Nullable TimeRange blocking(LocalTime from, LocalTime to) {
        return breaks.stream().filter(b -> b.overlaps(from, to)).findFirst().orElse(null);
    }

    String breaksText() {
        return String.join(",", breaks.stream().map(TimeRange::toString).toList());
    }

    static List<TimeRange> parseBreaks(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(TimeRange::parse).toList();
    }
}
