package org.ketnoi.meeting;

import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;

/**
 * A participant asked for a meeting ({@code requester} is its participation), or an organiser
 * proposed one ({@code requester} is null, both sides still have to accept) or created it as
 * accepted ({@code requester} null, {@code alreadyAccepted} true).
 */
public record MeetingRequested(
        MeetingRequestId request,
        EventId event,
        MeetingPair pair,
        @Nullable ParticipationId requester,
        boolean alreadyAccepted) {}
