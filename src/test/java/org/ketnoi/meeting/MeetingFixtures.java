package org.ketnoi.meeting;

import java.util.Set;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationFixtures;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;
import org.springframework.stereotype.Component;

/** Open events with approved participants, each with the user who represents it. */
@Component
public class MeetingFixtures {

    private final ParticipationFixtures participation;
    private final ParticipationService participations;

    MeetingFixtures(ParticipationFixtures participation, ParticipationService participations) {
        this.participation = participation;
        this.participations = participations;
    }

    public record Side(ParticipationId id, CompanyId company, AccountUser user, String name) {}

    public ParticipationFixtures.OpenEvent event() {
        return participation.openEvent(true);
    }

    public Side side(ParticipationFixtures.OpenEvent event, ParticipantRole role) {
        return side(event, ParticipationStatus.APPROVED, role);
    }

    public Side side(ParticipationFixtures.OpenEvent event, ParticipationStatus status, ParticipantRole role) {
        CompanyFixtures.Owned owned = participation.participant(event, status, role);
        ParticipationId id =
                participations.mine(event.id(), owned.owner()).getFirst().id();
        return new Side(id, owned.id(), owned.owner(), owned.name());
    }

    /** An existing company, enrolled and approved by the event's organiser. */
    public Side enrol(
            ParticipationFixtures.OpenEvent event, CompanyId company, AccountUser member, ParticipantRole role) {
        ParticipationId id = participations.enrol(
                event.id(),
                new Registration(company, role, event.point(0), Attendance.IN_PERSON, Set.of(Language.VI)),
                event.organiser().user());
        return new Side(id, company, member, "");
    }
}
