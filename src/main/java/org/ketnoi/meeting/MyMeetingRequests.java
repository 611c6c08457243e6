package org.ketnoi.meeting;

import java.util.List;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;

/** The requests of a user's participations in one event, and those participations. */
public record MyMeetingRequests(List<Participation> participations, List<MeetingRequest> requests) {

    public MyMeetingRequests {
        participations = List.copyOf(participations);
        requests = List.copyOf(requests);
    }

    /** The user's side of the request. */
    public ParticipationId sideOf(MeetingRequest request) {
        return participations.stream()
                .map(Participation::id)
                .filter(request::isSide)
                .findFirst()
                .orElseThrow();
    }

    /** Requests someone else asked for (or an organiser proposed), as opposed to those the user sent. */
    public boolean received(MeetingRequest request) {
        return request.requester() == null || !request.requester().equals(sideOf(request));
    }
}
