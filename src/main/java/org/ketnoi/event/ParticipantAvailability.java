package org.ketnoi.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * The slots a participant cannot meet in, as its reader sees them.
 *
 * @param zone the participant's connection point's zone, in which it reads the times
 * @param editable whether the reader may change them now (an approved participant of an event that is
 *     not closed)
 */
public record ParticipantAvailability(
        Event event, Participation participation, ZoneId zone, Set<Instant> unavailable, boolean editable) {

    public ParticipantAvailability {
        unavailable = Set.copyOf(unavailable);
    }
}
