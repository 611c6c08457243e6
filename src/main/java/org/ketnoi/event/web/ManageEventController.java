package org.ketnoi.event.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventSectorService;
import org.ketnoi.event.EventService;
import org.ketnoi.event.EventStatus;
import org.ketnoi.shared.FormErrors;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organiser's pages: my events, the create/edit form, status changes and the audit log. */
@Controller
@RequestMapping("/manage/events")
class ManageEventController {

    private final EventService events;
    private final ManagePage page;
    private final MessageSource messages;
    private final EventSectorService sectors;

    ManageEventController(EventService events, ManagePage page, MessageSource messages, EventSectorService sectors) {
        this.events = events;
        this.sectors = sectors;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        ManagePage.requireOrganiser(user);
        model.addAttribute("events", events.organizedBy(user));
        model.addAttribute("hasAgency", !page.agencyChoices(user).isEmpty());
        return "event/manage-list";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal AccountUser user, Model model) {
        ManagePage.requireOrganiser(user);
        return page.form(model, EventForm.empty(), Map.of(), user, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") EventForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        ManagePage.requireOrganiser(user);
        Map<String, String> errors = errors(form, result);
        if (!errors.isEmpty()) {
            return page.form(model, form, errors, user, null);
        }
        try {
            EventId id = events.create(form.details(Event.DEFAULT_ZONE), user);
            return "redirect:/manage/events/" + id.value();
        } catch (InvalidInputException e) {
            return page.form(model, form, FormErrors.of(e, messages, LocaleContextHolder.getLocale()), user, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        return page.event(model, page.manageable(id, user), Map.of());
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        Event event = page.manageable(id, user);
        return page.form(model, EventForm.of(event), Map.of(), user, event);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") EventForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        Map<String, String> errors = errors(form, result);
        if (!errors.isEmpty()) {
            return page.form(model, form, errors, user, event);
        }
        try {
            events.update(event.id(), form.details(event.zone()), user);
            return "redirect:/manage/events/" + id + "?saved";
        } catch (InvalidInputException e) {
            return page.form(model, form, FormErrors.of(e, messages, LocaleContextHolder.getLocale()), user, event);
        }
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable long id, @RequestParam EventStatus status, @AuthenticationPrincipal AccountUser user) {
        Event event = page.manageable(id, user);
        events.changeStatus(event.id(), status, user);
        return "redirect:/manage/events/" + id + "?saved";
    }

    @PostMapping("/{id}/sectors")
    String chooseSectors(
            @PathVariable long id,
            @RequestParam(name = "sectors", required = false) @Nullable List<String> codes,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        try {
            sectors.choose(event.id(), codes == null ? List.of() : codes, user);
            return "redirect:/manage/events/" + id + "?saved";
        } catch (InvalidInputException e) {
            return page.event(model, event, FormErrors.of(e, messages, LocaleContextHolder.getLocale()));
        }
    }

    @GetMapping("/{id}/audit")
    String audit(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        Event event = page.manageable(id, user);
        model.addAttribute("event", event);
        model.addAttribute("entries", events.auditLog(event.id(), user));
        return "event/manage-audit";
    }

    private Map<String, String> errors(EventForm form, BindingResult result) {
        Map<String, String> errors =
                new LinkedHashMap<>(FormErrors.of(result, messages, LocaleContextHolder.getLocale()));
        if (form.title().isEmpty()) {
            errors.putIfAbsent(
                    "title", messages.getMessage("event.error.title-required", null, LocaleContextHolder.getLocale()));
        }
        return errors;
    }
}
