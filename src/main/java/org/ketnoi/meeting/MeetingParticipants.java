package org.ketnoi.meeting;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.EventStatus;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who takes part in an event, as the meeting rules need it: the event module decides what a user may
 * see, this class only asks it. Meetings are arranged while an event is open, scheduling or running.
 */
@Component
class MeetingParticipants {

    private final EventService events;
    private final ParticipationService participation;

    MeetingParticipants(EventService events, ParticipationService participation) {
        this.events = events;
        this.participation = participation;
    }

    /** @throws org.ketnoi.event.EventNotFoundException when the reader may not see the event */
    Event event(EventId id, AccountUser reader) {
        return events.get(id, reader);
    }

    /** @throws ConflictException unless meetings may be arranged in the event now */
    Event arranging(EventId id, AccountUser reader) {
        Event event = event(id, reader);
        if (!isArranging(event.status())) {
            throw new ConflictException("meeting.error.event-not-open");
        }
        return event;
    }

    static boolean isArranging(EventStatus status) {
        return status == EventStatus.OPEN || status == EventStatus.SCHEDULING || status == EventStatus.RUNNING;
    }

    boolean organises(Event event, AccountUser user) {
        return events.canManage(event, user);
    }

    /** Holds both sides' registration rows until the transaction ends (see the meeting limit). */
    void lock(EventId id, MeetingPair pair) {
        participation.lock(id, List.of(pair.first(), pair.second()));
    }

    /** The registrations of the user's companies for the event, whatever their status. */
    List<Participation> own(EventId id, AccountUser user) {
        return participation.mine(id, user);
    }

    List<Participation> ownApproved(EventId id, AccountUser user) {
        return own(id, user).stream()
                .filter(p -> p.status() == ParticipationStatus.APPROVED)
                .toList();
    }

    /** The participation the user acts as: the one given, or their only approved one. */
    Participation acting(EventId id, AccountUser user, @Nullable ParticipationId chosen) {
        List<Participation> mine = ownApproved(id, user);
        if (mine.isEmpty()) {
            throw new ForbiddenException("meeting.error.not-participant");
        }
        if (chosen == null) {
            if (mine.size() > 1) {
                throw new org.ketnoi.shared.InvalidInputException("from", "meeting.error.choose-participation");
            }
            return mine.getFirst();
        }
        return mine.stream()
                .filter(p -> p.id().equals(chosen))
                .findFirst()
                .orElseThrow(() -> new ForbiddenException("meeting.error.not-participant"));
    }

    /** An approved participant, looked up with the reader's right to see the directory. */
    Optional<Participation> approved(EventId id, ParticipationId wanted, AccountUser reader) {
        return directory(id, reader).stream().filter(p -> p.id().equals(wanted)).findFirst();
    }

    /** The approved participants, for organisers and approved participants. */
    List<Participation> directory(EventId id, AccountUser reader) {
        return participation.directory(id, reader);
    }

    /** The approved participants, for organisers only. */
    List<Participation> approvedForOrganiser(EventId id, AccountUser organiser) {
        return participation.forOrganisers(id, ParticipationStatus.APPROVED, null, organiser);
    }
}
