package org.ketnoi.event.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.ConnectionPointMode;
import org.ketnoi.event.Event;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.InterpreterService;
import org.ketnoi.i18n.Language;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisers' interpreter pages: the list with the add form, one interpreter's form and unavailable slots. */
@Controller
@RequestMapping("/manage/events/{id}/interpreters")
class InterpreterController {

    private final InterpreterService interpreters;
    private final ManagePage page;
    private final MessageSource messages;

    InterpreterController(InterpreterService interpreters, ManagePage page, MessageSource messages) {
        this.interpreters = interpreters;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        Event event = page.manageable(id, user);
        return list(model, event, InterpreterForm.empty(), Map.of(), null, user);
    }

    @PostMapping
    String add(
            @PathVariable long id,
            @ModelAttribute InterpreterForm form,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        try {
            interpreters.add(event.id(), form.details(), user);
            return "redirect:/manage/events/" + id + "/interpreters?saved";
        } catch (InvalidInputException e) {
            return list(model, event, form, FormErrors.of(e, messages, locale()), null, user);
        } catch (ConflictException e) {
            return list(model, event, form, Map.of(), translate(e), user);
        }
    }

    @GetMapping("/{interpreter}")
    String show(
            @PathVariable long id,
            @PathVariable long interpreter,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        Interpreter current = interpreters.get(event.id(), interpreter, user);
        return edit(model, event, current, InterpreterForm.of(current), Map.of(), null, user);
    }

    @PostMapping("/{interpreter}")
    String change(
            @PathVariable long id,
            @PathVariable long interpreter,
            @ModelAttribute InterpreterForm form,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        Interpreter current = interpreters.get(event.id(), interpreter, user);
        try {
            interpreters.change(event.id(), interpreter, form.details(), user);
            return "redirect:/manage/events/" + id + "/interpreters/" + interpreter + "?saved";
        } catch (InvalidInputException e) {
            return edit(model, event, current, form, FormErrors.of(e, messages, locale()), null, user);
        } catch (ConflictException e) {
            return edit(model, event, current, form, Map.of(), translate(e), user);
        }
    }

    @PostMapping("/{interpreter}/availability")
    String availability(
            @PathVariable long id,
            @PathVariable long interpreter,
            @RequestParam(name = "unavailable", required = false) @Nullable List<String> unavailable,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        Interpreter current = interpreters.get(event.id(), interpreter, user);
        try {
            interpreters.replaceUnavailability(event.id(), interpreter, SlotGrid.parse(unavailable), user);
            return "redirect:/manage/events/" + id + "/interpreters/" + interpreter + "?saved";
        } catch (InvalidInputException | ConflictException e) {
            return edit(model, event, current, InterpreterForm.of(current), Map.of(), translate(e), user);
        }
    }

    @PostMapping("/{interpreter}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable long interpreter,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Event event = page.manageable(id, user);
        try {
            interpreters.remove(event.id(), interpreter, user);
            return "redirect:/manage/events/" + id + "/interpreters?removed";
        } catch (ConflictException e) {
            return list(model, event, InterpreterForm.empty(), Map.of(), translate(e), user);
        }
    }

    private String list(
            Model model,
            Event event,
            InterpreterForm form,
            Map<String, String> errors,
            @Nullable String error,
            AccountUser user) {
        common(model, event, form, errors, error);
        model.addAttribute("interpreters", interpreters.list(event.id(), user));
        return "event/interpreters";
    }

    private String edit(
            Model model,
            Event event,
            Interpreter current,
            InterpreterForm form,
            Map<String, String> errors,
            @Nullable String error,
            AccountUser user) {
        common(model, event, form, errors, error);
        model.addAttribute("interpreter", current);
        model.addAttribute(
                "grid",
                SlotGrid.of(
                        event,
                        InterpreterService.zone(event, current),
                        interpreters.unavailability(event.id(), current.id(), user)));
        return "event/interpreter";
    }

    private void common(
            Model model, Event event, InterpreterForm form, Map<String, String> errors, @Nullable String error) {
        Language language = Language.of(locale());
        Map<Long, String> points = new LinkedHashMap<>();
        for (ConnectionPoint point : event.connectionPoints()) {
            if (point.mode() == ConnectionPointMode.IN_PERSON) {
                points.put(point.id(), point.name().in(language));
            }
        }
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("points", points);
        model.addAttribute("pairChoices", InterpreterForm.CHOICES);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private String translate(org.ketnoi.shared.TranslatableException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), locale());
    }
}
