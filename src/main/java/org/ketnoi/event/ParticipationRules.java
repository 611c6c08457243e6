package org.ketnoi.event;

import org.ketnoi.shared.ConflictException;

/**
 * When a company may change or withdraw its registration. Organisers plan meetings from the approved
 * registrations once the event moves to SCHEDULING, so an approved registration changes only while
 * the event is OPEN, and a change of role or connection point (what organisers approved) sends it back
 * to them; attendance and languages change without a new decision. Nothing changes once the event
 * runs or is closed, and rejected or withdrawn registrations stay as they are.
 */
final class ParticipationRules {

    private ParticipationRules() {}

    /**
     * The status of the registration after the change.
     *
     * @throws ConflictException when the registration or the event no longer allows changes
     */
    static ParticipationStatus afterChange(Participation current, Registration wanted, EventStatus event) {
        checkOpenForChanges(current, event);
        if (current.status() == ParticipationStatus.PENDING) {
            return ParticipationStatus.PENDING;
        }
        if (event != EventStatus.OPEN) {
            throw new ConflictException("participant.error.scheduling-started");
        }
        boolean decidedPartChanged =
                current.role() != wanted.role() || current.connectionPoint() != wanted.connectionPoint();
        return decidedPartChanged ? ParticipationStatus.PENDING : ParticipationStatus.APPROVED;
    }

    /** @throws ConflictException unless a pending or approved registration of a not yet running event */
    static void checkWithdrawable(Participation current, EventStatus event) {
        checkOpenForChanges(current, event);
    }

    private static void checkOpenForChanges(Participation current, EventStatus event) {
        if (current.status() == ParticipationStatus.REJECTED || current.status() == ParticipationStatus.WITHDRAWN) {
            throw new ConflictException("participant.error.not-changeable");
        }
        if (event == EventStatus.RUNNING || event == EventStatus.CLOSED) {
            throw new ConflictException("participant.error.event-under-way");
        }
    }
}
