package org.ketnoi.event.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.TranslatableException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering for an event, the organisers' participants page and the participant directory. */
@Controller
class ParticipantController {

    private final ParticipationService participation;
    private final EventService events;
    private final ParticipantRows rows;
    private final CompanyService companies;
    private final MessageSource messages;

    ParticipantController(
            ParticipationService participation,
            EventService events,
            ParticipantRows rows,
            CompanyService companies,
            MessageSource messages) {
        this.participation = participation;
        this.events = events;
        this.rows = rows;
        this.companies = companies;
        this.messages = messages;
    }

    @PostMapping("/events/{id}/participants")
    String register(
            @PathVariable long id,
            @Valid @ModelAttribute("registration") RegistrationForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("registrationError", translate("participant.error.form-incomplete"));
            return "redirect:/events/" + id;
        }
        try {
            participation.register(new EventId(id), form.registration(), user);
            return "redirect:/events/" + id + "?registered";
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("registrationError", translate(e));
            return "redirect:/events/" + id;
        }
    }

    /** A member changes their company's registration (the same fields as the register form). */
    @PostMapping("/events/{id}/participants/{participationId}")
    String change(
            @PathVariable long id,
            @PathVariable long participationId,
            @Valid @ModelAttribute("registration") RegistrationForm form,
            BindingResult result,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("registrationError", translate("participant.error.form-incomplete"));
            return "redirect:/events/" + id;
        }
        try {
            ParticipationStatus status = participation.change(
                    new EventId(id), new ParticipationId(participationId), form.registration(), user);
            return "redirect:/events/" + id + (status == ParticipationStatus.PENDING ? "?changed-pending" : "?changed");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("registrationError", translate(e));
            return "redirect:/events/" + id;
        }
    }

    @PostMapping("/events/{id}/participants/{participationId}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long participationId,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        try {
            participation.withdraw(new EventId(id), new ParticipationId(participationId), user);
            return "redirect:/events/" + id + "?withdrawn";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("registrationError", translate(e));
            return "redirect:/events/" + id;
        }
    }

    @GetMapping("/manage/events/{id}/participants")
    String manage(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable ParticipationStatus status,
            @RequestParam(required = false) @Nullable ParticipantRole role,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        EventId eventId = new EventId(id);
        var list = participation.forOrganisers(eventId, status, role, user);
        Event event = events.get(eventId, user);
        model.addAttribute("event", event);
        model.addAttribute("rows", rows.rows(event, list, language()));
        model.addAttribute(
                "unclaimed",
                companies.withoutMembers(
                        list.stream().map(Participation::company).toList()));
        model.addAttribute("status", status);
        model.addAttribute("role", role);
        model.addAttribute("statuses", ParticipationStatus.values());
        model.addAttribute("roles", ParticipantRole.values());
        return "participant/manage";
    }

    @PostMapping("/manage/events/{id}/participants/{participationId}/approve")
    String approve(
            @PathVariable long id, @PathVariable long participationId, @AuthenticationPrincipal AccountUser user) {
        participation.approve(new EventId(id), new ParticipationId(participationId), user);
        return "redirect:/manage/events/" + id + "/participants";
    }

    @PostMapping("/manage/events/{id}/participants/{participationId}/reject")
    String reject(
            @PathVariable long id,
            @PathVariable long participationId,
            @RequestParam(required = false) @Nullable String reason,
            @AuthenticationPrincipal AccountUser user) {
        participation.reject(new EventId(id), new ParticipationId(participationId), reason, user);
        return "redirect:/manage/events/" + id + "/participants";
    }

    @GetMapping("/events/{id}/participants")
    String directory(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        EventId eventId = new EventId(id);
        var approved = participation.directory(eventId, user);
        Event event = events.get(eventId, user);
        model.addAttribute("event", event);
        model.addAttribute("rows", rows.rows(event, approved, language()));
        return "participant/directory";
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    private String translate(TranslatableException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
    }

    private String translate(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
