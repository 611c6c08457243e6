package org.ketnoi.meeting;

import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;

/** Both sides accepted: the pair will meet. {@code by} is the side that accepted last. */
public record MeetingRequestAccepted(
        MeetingRequestId request,
        EventId event,
        MeetingPair pair,
        @Nullable ParticipationId by) {}
