package org.ketnoi.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ketnoi.company.CompanyFixtures;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.springframework.stereotype.Component;

/** Open events with three connection points (one online only) and companies registered for them. */
@Component
public class ParticipationFixtures {

    private final EventFixtures events;
    private final EventService service;
    private final ParticipationService participation;
    private final CompanyFixtures companies;

    ParticipationFixtures(
            EventFixtures events, EventService service, ParticipationService participation, CompanyFixtures companies) {
        this.events = events;
        this.service = service;
        this.participation = participation;
        this.companies = companies;
    }

    public record OpenEvent(EventId id, EventFixtures.Organiser organiser, Event event) {

        public long point(int index) {
            return event.connectionPoints().get(index).id();
        }
    }

    /** An open event whose registration window is open now (or closed, when {@code windowOpen} is false). */
    public OpenEvent openEvent(boolean windowOpen) {
        EventFixtures.Organiser organiser = events.organiser();
        Instant now = Instant.now();
        EventDetails base = EventFixtures.details(EventFixtures.unique("Part"), organiser.agency());
        EventDetails details = new EventDetails(
                base.title(),
                base.description(),
                base.kind(),
                base.startDate(),
                base.endDate(),
                base.timeZone(),
                windowOpen ? now.minus(Duration.ofDays(1)) : now.minus(Duration.ofDays(3)),
                windowOpen ? now.plus(Duration.ofDays(1)) : now.minus(Duration.ofDays(2)),
                base.organizers());
        EventId id = service.create(details, organiser.user());
        ConnectionPoint online = new ConnectionPoint(
                0,
                LocalizedText.of(Language.EN, "Online"),
                "Online",
                "VN",
                null,
                EventFixtures.VIETNAM,
                ConnectionPointMode.ONLINE_ONLY,
                List.of());
        service.replaceStructure(
                id,
                List.of(EventFixtures.haNoi(), EventFixtures.hangzhou(), online),
                List.of(EventFixtures.day()),
                organiser.user());
        service.changeStatus(id, EventStatus.OPEN, organiser.user());
        return new OpenEvent(id, organiser, service.get(id, organiser.user()));
    }

    /** A new company registered by its owner for the event at its first point, then decided as asked. */
    public CompanyFixtures.Owned participant(OpenEvent event, ParticipationStatus status, ParticipantRole role) {
        CompanyFixtures.Owned company = companies.company(EventFixtures.unique("Co"));
        ParticipationId id = participation.register(
                event.id(),
                new Registration(company.id(), role, event.point(1), Attendance.IN_PERSON, Set.of(Language.ZH)),
                company.owner());
        if (status == ParticipationStatus.APPROVED) {
            participation.approve(event.id(), id, event.organiser().user());
        } else if (status == ParticipationStatus.REJECTED) {
            participation.reject(event.id(), id, null, event.organiser().user());
        }
        return company;
    }
}
