package org.ketnoi.event.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.organization.OrganizationService;
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

    PublicEventController(EventService events, OrganizationService organizations) {
        this.events = events;
        this.organizations = organizations;
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
        return "event/public-event";
    }

    private EventView view(Event event) {
        return new EventView(event, organizations.all(event.organizers()));
    }
}
