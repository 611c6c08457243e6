package org.ketnoi.event.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventSectorService;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.organization.OrganizationService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public event pages: published events in the reader's language and local times. */
@Controller
class PublicEventController {

    private final EventService events;
    private final OrganizationService organizations;
    private final ParticipationService participation;
    private final CompanyService companies;
    private final ParticipantRows rows;
    private final EventSectorService sectors;

    PublicEventController(
            EventService events,
            OrganizationService organizations,
            ParticipationService participation,
            CompanyService companies,
            ParticipantRows rows,
            EventSectorService sectors) {
        this.sectors = sectors;
        this.events = events;
        this.organizations = organizations;
        this.participation = participation;
        this.companies = companies;
        this.rows = rows;
    }

    @GetMapping("/events")
    String list(Model model) {
        List<EventView> published =
                events.visibleTo(null).stream().map(this::view).toList();
        model.addAttribute("events", published);
        return "event/public-list";
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user, Model model) {
        Event event = events.get(new EventId(id), user);
        model.addAttribute("view", view(event));
        model.addAttribute("canManage", events.canManage(event, user));
        Language reader = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute(
                "sectors",
                sectors.eventSectors(event).stream()
                        .map(sector -> sectors.name(sector, reader))
                        .toList());
        model.addAttribute("sectorNames", sectors.names(event, reader));
        addParticipation(model, event, user);
        return "event/public-event";
    }

    /** The register form for company members while registration is open, and their registrations. */
    private void addParticipation(Model model, Event event, @Nullable AccountUser user) {
        List<Participation> mine = user == null ? List.of() : participation.mine(event.id(), user);
        boolean approved = mine.stream().anyMatch(p -> p.status() == ParticipationStatus.APPROVED);
        model.addAttribute("registrationOpen", participation.registrationOpen(event));
        model.addAttribute("myCompanies", user == null ? List.of() : companies.companiesOf(user.id()));
        model.addAttribute("myRegistrations", rows.rows(event, mine, Language.of(LocaleContextHolder.getLocale())));
        model.addAttribute("canSeeDirectory", approved || events.canManage(event, user));
        model.addAttribute("participantRoles", ParticipantRole.values());
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("languages", Language.values());
    }

    private EventView view(Event event) {
        return new EventView(event, organizations.all(event.organizers()));
    }
}
