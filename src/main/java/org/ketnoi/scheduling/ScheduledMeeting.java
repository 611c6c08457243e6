package org.ketnoi.scheduling;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.meeting.MeetingRequestId;

/**
 * A meeting placed in one version of an event's schedule: its slot as instants, and either a table
 * in a trade room at a connection point or an online room, and the interpreter if the two sides have
 * no common language.
 *
 * @param uid stays the same for the request across versions, so calendar clients update the entry
 * @param sequence rises each time the meeting's time or place changes (RFC 5545 SEQUENCE)
 */
public record ScheduledMeeting(
        long id,
        EventId event,
        int version,
        MeetingRequestId request,
        ParticipationId first,
        ParticipationId second,
        Instant start,
        Instant end,
        @Nullable Long connectionPoint,
        @Nullable Long tradeRoom,
        @Nullable Integer table,
        @Nullable String onlineUrl,
        @Nullable Long interpreter,
        boolean pinned,
        String uid,
        int sequence) {

    public boolean online() {
        return onlineUrl != null;
    }

    public boolean involves(ParticipationId participant) {
        return first.equals(participant) || second.equals(participant);
    }

    /** The other side of the meeting, seen from {@code participant}. */
    public ParticipationId partnerOf(ParticipationId participant) {
        return first.equals(participant) ? second : first;
    }
}
