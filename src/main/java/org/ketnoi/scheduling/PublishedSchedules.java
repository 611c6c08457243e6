package org.ketnoi.scheduling;

import java.util.List;
import java.util.Optional;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published version of each event's schedule, for agendas, exports and other modules. Not scoped
 * to a reader: callers check that the reader may see the event or act for the participant first.
 */
@Service
@Transactional(readOnly = true)
public class PublishedSchedules {

    private final PublishedScheduleRepository repository;

    PublishedSchedules(PublishedScheduleRepository repository) {
        this.repository = repository;
    }

    /** The number of the event's published version, if it has one. */
    public Optional<Integer> publishedVersion(EventId event) {
        return repository.versionWithStatus(event, ScheduleStatus.PUBLISHED);
    }

    /** Every meeting of the published version, by start time; empty when nothing is published. */
    public List<ScheduledMeeting> meetings(EventId event) {
        return publishedVersion(event)
                .map(version -> repository.meetings(event, version))
                .orElse(List.of());
    }

    /** The participant's meetings in the published version, by start time. */
    public List<ScheduledMeeting> meetingsOf(EventId event, ParticipationId participant) {
        return publishedVersion(event)
                .map(version -> repository.meetingsOf(event, version, participant))
                .orElse(List.of());
    }

    /**
     * The participant's meetings in every version published before the current one (superseded
     * since), oldest version first: what its calendar may still hold, so that meetings dropped since
     * can be exported as cancelled.
     */
    public List<ScheduledMeeting> formerlyPublishedMeetingsOf(EventId event, ParticipationId participant) {
        return repository.formerlyPublishedMeetingsOf(event, participant);
    }
}
