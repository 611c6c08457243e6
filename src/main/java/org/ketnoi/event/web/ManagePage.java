package org.ketnoi.event.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.Role;
import org.ketnoi.event.ConnectionPointMode;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventKind;
import org.ketnoi.event.EventSector;
import org.ketnoi.event.EventSectorService;
import org.ketnoi.event.EventService;
import org.ketnoi.i18n.Language;
import org.ketnoi.organization.Agency;
import org.ketnoi.organization.Countries;
import org.ketnoi.organization.OrganizationService;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the organiser pages, so both controllers render them the same way. */
@Component
class ManagePage {

    static final List<String> ZONES = List.of(
            "Asia/Ho_Chi_Minh",
            "Asia/Shanghai",
            "Asia/Hong_Kong",
            "Asia/Bangkok",
            "Asia/Singapore",
            "Asia/Tokyo",
            "Asia/Seoul",
            "Europe/Berlin",
            "UTC");

    private final EventService events;
    private final OrganizationService organizations;
    private final EventSectorService sectors;

    ManagePage(EventService events, OrganizationService organizations, EventSectorService sectors) {
        this.events = events;
        this.organizations = organizations;
        this.sectors = sectors;
    }

    /** The event, if the user may manage it: 404 for drafts they cannot see, 403 otherwise. */
    Event manageable(long id, AccountUser user) {
        requireOrganiser(user);
        Event event = events.get(new EventId(id), user);
        if (!events.canManage(event, user)) {
            throw new ForbiddenException("event.error.not-organiser");
        }
        return event;
    }

    static void requireOrganiser(AccountUser user) {
        if (user.role() == Role.COMPANY) {
            throw new ForbiddenException("event.error.organisers-only");
        }
    }

    /** The agencies the user may pick as co-organisers. */
    List<Agency> agencyChoices(AccountUser user) {
        return user.role() == Role.ADMIN ? organizations.all() : organizations.agenciesOf(user.id());
    }

    String form(Model model, EventForm form, Map<String, String> errors, AccountUser user, @Nullable Event event) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("zones", ZONES);
        model.addAttribute("agencies", agencyChoices(user));
        model.addAttribute("event", event);
        return "event/manage-form";
    }

    /**
     * The default sectors to choose from, the event's sectors (codes for the trade room form, the
     * custom ones for their list) and every sector's name for this event in the reader's language.
     */
    private void addSectors(Model model, Event event) {
        Language reader = Language.of(LocaleContextHolder.getLocale());
        List<EventSector> defaults = sectors.defaultsFor(event);
        List<EventSector> used = sectors.eventSectors(event);
        Map<String, String> names = new LinkedHashMap<>(sectors.names(event, reader));
        defaults.forEach(sector -> names.putIfAbsent(sector.code(), sectors.name(sector, reader)));
        model.addAttribute("sectorChoices", defaults);
        model.addAttribute("eventSectors", used.stream().map(EventSector::code).toList());
        model.addAttribute(
                "customSectors", used.stream().filter(EventSector::custom).toList());
        model.addAttribute("sectorNames", names);
    }

    String event(Model model, Event event, Map<String, String> errors) {
        model.addAttribute("view", new EventView(event, organizations.all(event.organizers())));
        model.addAttribute("event", event);
        model.addAttribute("errors", errors);
        model.addAttribute("zones", ZONES);
        model.addAttribute("modes", ConnectionPointMode.values());
        model.addAttribute("countries", Countries.CHOICES);
        addSectors(model, event);
        if (!model.containsAttribute("pointForm")) {
            model.addAttribute("pointForm", PartForms.PointForm.empty());
        }
        if (!model.containsAttribute("roomForm")) {
            model.addAttribute("roomForm", PartForms.RoomForm.empty());
        }
        if (!model.containsAttribute("customForm")) {
            model.addAttribute("customForm", SectorForm.empty());
        }
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", SectorForm.empty());
        }
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", PartForms.DayForm.empty());
        }
        return "event/manage-event";
    }
}
