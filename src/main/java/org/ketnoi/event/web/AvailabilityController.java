package org.ketnoi.event.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.AvailabilityService;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipantAvailability;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.TranslatableException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The slots a participant cannot meet in, as a checkbox grid in its connection point's zone: the
 * participant's own page (for the member's approved registration) and the organisers' page for any
 * participant of their event.
 */
@Controller
class AvailabilityController {

    private final AvailabilityService availability;
    private final ParticipationService participation;
    private final ParticipantRows rows;
    private final MessageSource messages;

    AvailabilityController(
            AvailabilityService availability,
            ParticipationService participation,
            ParticipantRows rows,
            MessageSource messages) {
        this.availability = availability;
        this.participation = participation;
        this.rows = rows;
        this.messages = messages;
    }

    @GetMapping("/events/{id}/availability")
    String mine(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long participant,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        EventId eventId = new EventId(id);
        ParticipationId chosen = own(eventId, participant, user);
        return page(model, availability.of(eventId, chosen, user), false, null);
    }

    @PostMapping("/events/{id}/availability")
    String saveMine(
            @PathVariable long id,
            @RequestParam long participant,
            @RequestParam(name = "unavailable", required = false) @Nullable List<String> unavailable,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        EventId eventId = new EventId(id);
        ParticipationId chosen = new ParticipationId(participant);
        try {
            availability.replace(eventId, chosen, SlotGrid.parse(unavailable), user);
            return "redirect:/events/" + id + "/availability?participant=" + participant + "&saved";
        } catch (InvalidInputException | ConflictException e) {
            return page(model, availability.of(eventId, chosen, user), false, translate(e));
        }
    }

    @GetMapping("/manage/events/{id}/participants/{participant}/availability")
    String forOrganiser(
            @PathVariable long id,
            @PathVariable long participant,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        EventId eventId = new EventId(id);
        ParticipationId chosen = new ParticipationId(participant);
        organiser(eventId, user);
        return page(model, availability.of(eventId, chosen, user), true, null);
    }

    @PostMapping("/manage/events/{id}/participants/{participant}/availability")
    String saveForOrganiser(
            @PathVariable long id,
            @PathVariable long participant,
            @RequestParam(name = "unavailable", required = false) @Nullable List<String> unavailable,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        EventId eventId = new EventId(id);
        ParticipationId chosen = new ParticipationId(participant);
        organiser(eventId, user);
        try {
            availability.replace(eventId, chosen, SlotGrid.parse(unavailable), user);
            return "redirect:/manage/events/" + id + "/participants/" + participant + "/availability?saved";
        } catch (InvalidInputException | ConflictException e) {
            return page(model, availability.of(eventId, chosen, user), true, translate(e));
        }
    }

    /** The reader's approved registration asked for, or their first one. */
    private ParticipationId own(EventId eventId, @Nullable Long wanted, AccountUser user) {
        List<Participation> approved = participation.mine(eventId, user).stream()
                .filter(p -> p.status() == ParticipationStatus.APPROVED)
                .filter(p -> wanted == null || p.id().value() == wanted)
                .toList();
        if (approved.isEmpty()) {
            throw new ForbiddenException("availability.error.not-participant");
        }
        return approved.getFirst().id();
    }

    private void organiser(EventId eventId, AccountUser user) {
        // Throws for anyone who does not organise the event, before the participant is looked up.
        participation.forOrganisers(eventId, ParticipationStatus.APPROVED, null, user);
    }

    private String page(Model model, ParticipantAvailability shown, boolean organiser, @Nullable String error) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        ParticipantRows.Row row = rows.rows(shown.event(), List.of(shown.participation()), language)
                .getFirst();
        model.addAttribute("event", shown.event());
        model.addAttribute("shown", shown);
        model.addAttribute("row", row);
        model.addAttribute("grid", SlotGrid.of(shown.event(), shown.zone(), shown.unavailable()));
        model.addAttribute("organiser", organiser);
        model.addAttribute("error", error);
        return "event/availability";
    }

    private String translate(TranslatableException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e.messageKey(), e.arguments(), locale);
    }
}
