package org.ketnoi.meeting;

import java.util.List;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;

/** A request has been pending for a while: {@code awaiting} are the sides that have not answered. */
public record MeetingRequestReminderDue(
        MeetingRequestId request, EventId event, MeetingPair pair, List<ParticipationId> awaiting) {

    public MeetingRequestReminderDue {
        awaiting = List.copyOf(awaiting);
    }
}
