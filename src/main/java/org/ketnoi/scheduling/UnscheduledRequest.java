package org.ketnoi.scheduling;

import org.ketnoi.event.ParticipationId;
import org.ketnoi.meeting.MeetingRequestId;

/**
 * An accepted request a schedule version does not place, and why: a {@link
 * org.ketnoi.scheduling.plan.UnplacedReason} name, {@code REMOVED} (organisers took it out) or {@code
 * NOT_RUN} (restored, waiting for the next run). Shown with {@code scheduling.reason.*} keys.
 */
public record UnscheduledRequest(
        MeetingRequestId request, ParticipationId first, ParticipationId second, String reason, int priority) {}
