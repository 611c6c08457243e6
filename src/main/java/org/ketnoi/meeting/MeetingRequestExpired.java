package org.ketnoi.meeting;

import org.ketnoi.event.EventId;

/** A pending request passed its deadline unanswered; final. */
public record MeetingRequestExpired(MeetingRequestId request, EventId event, MeetingPair pair) {}
