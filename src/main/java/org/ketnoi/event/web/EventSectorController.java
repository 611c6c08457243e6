package org.ketnoi.event.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventSectorService;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.FormErrors;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisers' custom sectors and sector names on the manage page. With htmx each form swaps only
 * the sectors card; without JavaScript it posts and comes back to the page.
 */
@Controller
@RequestMapping("/manage/events/{id}/sectors")
class EventSectorController {

    private static final String FRAGMENT = "event/manage-event :: sectors";

    private final EventSectorService sectors;
    private final ManagePage page;
    private final MessageSource messages;

    EventSectorController(EventSectorService sectors, ManagePage page, MessageSource messages) {
        this.sectors = sectors;
        this.page = page;
        this.messages = messages;
    }

    /** The rename form filled with a sector's current names (the page's "rename" links). */
    @GetMapping("/rename")
    String renameForm(
            @PathVariable long id,
            @RequestParam String code,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        sectors.find(event.id(), code, user)
                .ifPresent(sector -> model.addAttribute("renameForm", SectorForm.of(sector.code(), sector.name())));
        return view(model, event, Map.of(), htmx);
    }

    @PostMapping("/custom")
    String add(
            @PathVariable long id,
            @ModelAttribute("customForm") SectorForm form,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        try {
            sectors.addCustom(event.id(), form.name(), form.chapterList(), user);
        } catch (InvalidInputException e) {
            return view(model, event, errors(e, "custom."), htmx);
        }
        return saved(model, id, htmx, user);
    }

    @PostMapping("/rename")
    String rename(
            @PathVariable long id,
            @ModelAttribute("renameForm") SectorForm form,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        try {
            sectors.rename(event.id(), form.code() == null ? "" : form.code(), form.name(), user);
        } catch (InvalidInputException e) {
            return view(model, event, errors(e, "rename."), htmx);
        }
        return saved(model, id, htmx, user);
    }

    @PostMapping("/{code}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable String code,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        try {
            sectors.removeCustom(event.id(), code, user);
        } catch (ConflictException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put(
                    "custom.remove",
                    messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
            return view(model, event, errors, htmx);
        }
        return saved(model, id, htmx, user);
    }

    private String saved(Model model, long id, @Nullable String htmx, AccountUser user) {
        if (htmx == null) {
            return "redirect:/manage/events/" + id + "?saved#sectors";
        }
        model.addAttribute("sectorsSaved", true);
        model.addAttribute("customForm", SectorForm.empty());
        model.addAttribute("renameForm", SectorForm.empty());
        return view(model, page.manageable(id, user), Map.of(), htmx);
    }

    private String view(Model model, Event event, Map<String, String> errors, @Nullable String htmx) {
        String full = page.event(model, event, errors);
        return htmx == null ? full : FRAGMENT;
    }

    private Map<String, String> errors(InvalidInputException e, String form) {
        Map<String, String> keyed = new LinkedHashMap<>();
        FormErrors.of(e, messages, LocaleContextHolder.getLocale())
                .forEach((field, text) -> keyed.put(form + field, text));
        return keyed;
    }
}
