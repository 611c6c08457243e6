package org.ketnoi.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.ketnoi.shared.InvalidInputException;

/** Checks that chosen slot starts are slots of the event's grid, before anything is stored. */
final class SlotChoice {

    private SlotChoice() {}

    /**
     * The starts as a set.
     *
     * @throws InvalidInputException on {@code field} naming the first start that is not a slot of the
     *     event, read in {@code zone} for the message
     */
    static Set<Instant> check(Event event, Collection<Instant> starts, String field, ZoneId zone) {
        Set<Instant> slots = new HashSet<>();
        event.slots().forEach(slot -> slots.add(slot.start()));
        Set<Instant> chosen = new HashSet<>();
        for (Instant start : starts) {
            if (!slots.contains(start)) {
                throw new InvalidInputException(
                        field,
                        "availability.error.unknown-slot",
                        start.atZone(zone).toOffsetDateTime().toString());
            }
            chosen.add(start);
        }
        return chosen;
    }

    /** The zone a connection point's people read times in; the event's for an unknown point. */
    static ZoneId zoneOf(Event event, @org.jspecify.annotations.Nullable Long point) {
        return event.connectionPoints().stream()
                .filter(p -> point != null && p.id() == point)
                .map(ConnectionPoint::timeZone)
                .findFirst()
                .orElse(event.zone());
    }
}
