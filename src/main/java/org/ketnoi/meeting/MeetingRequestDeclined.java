package org.ketnoi.meeting;

import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;

/** One side declined a pending request; final. */
public record MeetingRequestDeclined(MeetingRequestId request, EventId event, MeetingPair pair, ParticipationId by) {}
