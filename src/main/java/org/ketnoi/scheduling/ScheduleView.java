package org.ketnoi.scheduling;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.Event;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.meeting.MeetingRequestId;

/**
 * One version of an event's schedule as organisers see it.
 *
 * @param version the version number, null when the event has no such version
 * @param status DRAFT or PUBLISHED
 * @param participants the event's approved participants, by id
 * @param interpreters the event's interpreters, by id
 * @param priorities organisers' priority of the requests that have one
 */
public record ScheduleView(
        Event event,
        @Nullable Integer version,
        ScheduleStatus status,
        List<ScheduledMeeting> meetings,
        List<UnscheduledRequest> unscheduled,
        List<ScheduleWarning> warnings,
        Map<ParticipationId, Participation> participants,
        Map<Long, Interpreter> interpreters,
        Map<MeetingRequestId, Integer> priorities) {

    public ScheduleView {
        meetings = List.copyOf(meetings);
        unscheduled = List.copyOf(unscheduled);
        warnings = List.copyOf(warnings);
        participants = Map.copyOf(participants);
        interpreters = Map.copyOf(interpreters);
        priorities = Map.copyOf(priorities);
    }

    public boolean exists() {
        return version != null;
    }

    public int priorityOf(MeetingRequestId request) {
        return priorities.getOrDefault(request, 0);
    }
}
