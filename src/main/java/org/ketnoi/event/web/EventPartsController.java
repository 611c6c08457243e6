package org.ketnoi.event.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventService;
import org.ketnoi.shared.FormErrors;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Adds and removes an event's connection points, trade rooms and grid days (plain forms). */
@Controller
@RequestMapping("/manage/events/{id}")
class EventPartsController {

    private final EventService events;
    private final ManagePage page;
    private final MessageSource messages;

    EventPartsController(EventService events, ManagePage page, MessageSource messages) {
        this.events = events;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/points")
    String addPoint(
            @PathVariable long id,
            @Valid @ModelAttribute("pointForm") PartForms.PointForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        if (result.hasErrors()) {
            return page.event(model, event, errors(result, "point."));
        }
        events.addConnectionPoint(event.id(), form.point(), user);
        return back(id);
    }

    @PostMapping("/points/{pointId}/delete")
    String removePoint(@PathVariable long id, @PathVariable long pointId, @AuthenticationPrincipal AccountUser user) {
        events.removeConnectionPoint(page.manageable(id, user).id(), pointId, user);
        return back(id);
    }

    @PostMapping("/rooms")
    String addRoom(
            @PathVariable long id,
            @Valid @ModelAttribute("roomForm") PartForms.RoomForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        if (result.hasErrors() || form.point() == null) {
            return page.event(model, event, errors(result, "room."));
        }
        try {
            events.addTradeRoom(event.id(), form.point(), form.room(), user);
        } catch (InvalidInputException e) {
            return page.event(
                    model, event, prefixed(FormErrors.of(e, messages, LocaleContextHolder.getLocale()), "room."));
        }
        return back(id);
    }

    @PostMapping("/rooms/{roomId}/delete")
    String removeRoom(@PathVariable long id, @PathVariable long roomId, @AuthenticationPrincipal AccountUser user) {
        events.removeTradeRoom(page.manageable(id, user).id(), roomId, user);
        return back(id);
    }

    @PostMapping("/grid")
    String addDay(
            @PathVariable long id,
            @Valid @ModelAttribute("dayForm") PartForms.DayForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        if (result.hasErrors()) {
            return page.event(model, event, errors(result, "day."));
        }
        try {
            events.addGridDay(event.id(), form.day(), user);
        } catch (InvalidInputException e) {
            return page.event(
                    model, event, prefixed(FormErrors.of(e, messages, LocaleContextHolder.getLocale()), "day."));
        }
        return back(id);
    }

    @PostMapping("/grid/{date}/delete")
    String removeDay(
            @PathVariable long id,
            @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @AuthenticationPrincipal AccountUser user) {
        events.removeGridDay(page.manageable(id, user).id(), date, user);
        return back(id);
    }

    /** Errors keyed by form and field ({@code point.city}), since the page holds three forms. */
    private Map<String, String> errors(BindingResult result, String form) {
        return prefixed(FormErrors.of(result, messages, LocaleContextHolder.getLocale()), form);
    }

    private static Map<String, String> prefixed(Map<String, String> errors, String form) {
        Map<String, String> keyed = new LinkedHashMap<>();
        errors.forEach((field, message) -> keyed.put(form + field, message));
        return keyed;
    }

    private static String back(long id) {
        return "redirect:/manage/events/" + id + "?saved";
    }
}
