package org.ketnoi.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.Event;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.Slot;
import org.ketnoi.meeting.MeetingRequest;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.scheduling.plan.PlanProblem;

/**
 * An event's planning problem together with what its indices stand for: participants, accepted
 * requests, interpreters and table pools (connection points), and the published and draft versions
 * it was built against.
 *
 * @param requests the requests of {@code problem.meetings()}, index for index
 * @param removed accepted requests the organisers took out of the schedule
 * @param priorities organisers' priority (0–3) of each accepted request that has one
 * @param sectors each participant company's sectors, to seat meetings in a fitting trade room
 */
record Planning(
        Event event,
        PlanProblem problem,
        List<Slot> slots,
        List<Participation> participants,
        List<MeetingRequest> requests,
        List<MeetingRequest> removed,
        List<Interpreter> interpreters,
        List<ConnectionPoint> pools,
        Map<MeetingRequestId, Integer> priorities,
        Map<MeetingRequestId, ScheduledMeeting> published,
        Map<MeetingRequestId, ScheduledMeeting> draft,
        Map<CompanyId, List<String>> sectors) {

    Optional<Integer> slotIndex(Instant start) {
        for (int s = 0; s < slots.size(); s++) {
            if (slots.get(s).start().equals(start)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    Optional<Integer> meetingIndex(MeetingRequestId request) {
        for (int m = 0; m < requests.size(); m++) {
            if (requests.get(m).id().equals(request)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    Participation participant(ParticipationId id) {
        return participants.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
