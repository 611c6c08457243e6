package org.ketnoi.event;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.company.CompanyService;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slots each participant cannot meet in, which the scheduler keeps free. A member acting for the
 * participant's company, or an organiser of the event, reads and replaces them; everyone else gets
 * "not found", so that other companies cannot even tell the registration exists. Changes need an
 * approved registration and an event that is not closed, and are audited.
 */
@Service
public class AvailabilityService {

    private final EventRepository events;
    private final EventAccess access;
    private final ParticipationRepository participants;
    private final EventResourceRepository resources;
    private final CompanyService companies;
    private final AuditLog audit;

    AvailabilityService(
            EventRepository events,
            EventAccess access,
            ParticipationRepository participants,
            EventResourceRepository resources,
            CompanyService companies,
            AuditLog audit) {
        this.events = events;
        this.access = access;
        this.participants = participants;
        this.resources = resources;
        this.companies = companies;
        this.audit = audit;
    }

    /**
     * The participant's unavailable slots, in its connection point's zone.
     *
     * @throws EventNotFoundException when the event is hidden from the reader
     * @throws NotFoundException unless the reader acts for the participant's company or organises the
     *     event, or when the registration is not one of the event
     */
    @Transactional(readOnly = true)
    public ParticipantAvailability of(EventId id, ParticipationId participant, AccountUser reader) {
        Event event = visible(id, reader);
        Participation participation = readable(event, participant, reader);
        return new ParticipantAvailability(
                event,
                participation,
                SlotChoice.zoneOf(event, participation.connectionPoint()),
                resources.participantUnavailability(id, participant),
                editable(event, participation));
    }

    /**
     * Replaces the participant's unavailable slots with the given slot starts.
     *
     * @throws InvalidInputException on {@code unavailable} when a start is not a slot of the event;
     *     nothing is stored then
     * @throws ConflictException when the registration is not approved or the event is closed
     * @throws NotFoundException as {@link #of}
     */
    @Transactional
    public void replace(EventId id, ParticipationId participant, Collection<Instant> unavailable, AccountUser actor) {
        Event event = visible(id, actor);
        Participation participation = readable(event, participant, actor);
        if (event.status() == EventStatus.CLOSED) {
            throw new ConflictException("event.error.closed");
        }
        if (participation.status() != ParticipationStatus.APPROVED) {
            throw new ConflictException("availability.error.not-approved");
        }
        Set<Instant> chosen = SlotChoice.check(
                event, unavailable, "unavailable", SlotChoice.zoneOf(event, participation.connectionPoint()));
        resources.replaceParticipantUnavailability(id, participant, chosen);
        audit.record(
                "event.availability.changed",
                actor.id().value(),
                id.value(),
                Map.of(
                        "participationId", participant.value(),
                        "companyId", participation.company().value(),
                        "unavailable", chosen.size()));
    }

    private static boolean editable(Event event, Participation participation) {
        return event.status() != EventStatus.CLOSED && participation.status() == ParticipationStatus.APPROVED;
    }

    private Event visible(EventId id, AccountUser reader) {
        Event event = events.find(id).orElseThrow(() -> new EventNotFoundException(id));
        if (!access.canSee(event, reader)) {
            throw new EventNotFoundException(id);
        }
        return event;
    }

    private Participation readable(Event event, ParticipationId participant, AccountUser reader) {
        Participation participation = participants
                .find(event.id(), participant)
                .orElseThrow(() -> new NotFoundException("participant.error.not-found"));
        if (!access.canManage(event, reader) && !companies.canActFor(participation.company(), reader)) {
            throw new NotFoundException("participant.error.not-found");
        }
        return participation;
    }
}
