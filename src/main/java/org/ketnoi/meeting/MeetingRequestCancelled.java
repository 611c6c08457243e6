package org.ketnoi.meeting;

import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;

/**
 * A pending request or an accepted meeting was called off, by one side ({@code by}) or by an
 * organiser ({@code by} null). {@code wasAccepted} tells whether a meeting was agreed before.
 */
public record MeetingRequestCancelled(
        MeetingRequestId request,
        EventId event,
        MeetingPair pair,
        @Nullable ParticipationId by,
        boolean wasAccepted) {}
