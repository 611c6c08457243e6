package org.ketnoi.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an event offers the scheduler besides its grid and rooms: the slots each participant cannot
 * meet in and the interpreters (language pairs, connection point, unavailable slots). Reads for
 * other modules, not scoped to a reader: callers check access first. Slots are named by their start.
 */
@Service
@Transactional(readOnly = true)
public class EventResources {

    private final EventResourceRepository repository;
    private final ParticipationRepository participants;

    EventResources(EventResourceRepository repository, ParticipationRepository participants) {
        this.repository = repository;
        this.participants = participants;
    }

    /**
     * Every registration of the event whatever its status, for schedules and agendas that must still
     * name a partner who withdrew after the schedule was published.
     */
    public List<Participation> participants(EventId event) {
        return participants.ofEvent(event, null, null);
    }

    /** Every participant of the event with at least one unavailable slot, and those slots' starts. */
    public Map<ParticipationId, Set<Instant>> unavailability(EventId event) {
        return repository.participantUnavailability(event);
    }

    /** The starts of the slots the participant cannot meet in. */
    public Set<Instant> unavailability(EventId event, ParticipationId participant) {
        return repository.participantUnavailability(event, participant);
    }

    /** The event's interpreters, by name. */
    public List<Interpreter> interpreters(EventId event) {
        return repository.interpreters(event);
    }

    /** Each interpreter with at least one unavailable slot, and those slots' starts. */
    public Map<Long, Set<Instant>> interpreterUnavailability(EventId event) {
        return repository.interpreterUnavailability(event);
    }
}
