package org.ketnoi.meeting.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.meeting.MyMeetingRequests;
import org.ketnoi.meeting.NewMeetingRequest;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A participant's meeting requests in one event: received and sent, answered with htmx (each button
 * swaps its row), and the form to ask for a meeting.
 */
@Controller
class MeetingController {

    private final MeetingRequests meetings;
    private final EventService events;
    private final ParticipationService participation;
    private final RequestRows rows;
    private final MessageSource messages;

    MeetingController(
            MeetingRequests meetings,
            EventService events,
            ParticipationService participation,
            RequestRows rows,
            MessageSource messages) {
        this.meetings = meetings;
        this.events = events;
        this.participation = participation;
        this.rows = rows;
        this.messages = messages;
    }

    @GetMapping("/events/{id}/meetings")
    String mine(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        EventId eventId = new EventId(id);
        Event event = events.get(eventId, user);
        MyMeetingRequests mine = meetings.mine(eventId, user);
        List<RequestRows.Row> all = rows.rows(mine, language());
        model.addAttribute("event", event);
        model.addAttribute(
                "participant",
                mine.participations().stream().anyMatch(p -> p.status() == ParticipationStatus.APPROVED));
        model.addAttribute(
                "received", all.stream().filter(RequestRows.Row::received).toList());
        model.addAttribute("sent", all.stream().filter(r -> !r.received()).toList());
        model.addAttribute("settings", meetings.settings(eventId));
        return "meeting/mine";
    }

    @GetMapping("/events/{id}/meetings/new")
    String form(
            @PathVariable long id,
            @RequestParam("with") long with,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        return form(new EventId(id), new ParticipationId(with), user, model, null, null, List.of());
    }

    @PostMapping("/events/{id}/meetings")
    String request(
            @PathVariable long id,
            @RequestParam("to") long to,
            @RequestParam(required = false) @Nullable Long from,
            @RequestParam(required = false) @Nullable String message,
            @RequestParam(name = "listing", required = false) @Nullable List<Long> listing,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        EventId eventId = new EventId(id);
        List<ListingId> about = listing == null
                ? List.of()
                : listing.stream().map(ListingId::new).toList();
        try {
            meetings.request(
                    eventId,
                    new NewMeetingRequest(
                            from == null ? null : new ParticipationId(from), new ParticipationId(to), message, about),
                    user);
            return "redirect:/events/" + id + "/meetings?sent";
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            return form(eventId, new ParticipationId(to), user, model, translate(e), message, about);
        }
    }

    private String form(
            EventId eventId,
            ParticipationId to,
            AccountUser user,
            Model model,
            @Nullable String error,
            @Nullable String message,
            List<ListingId> chosen) {
        Event event = events.get(eventId, user);
        Participation other = participation.directory(eventId, user).stream()
                .filter(p -> p.id().equals(to))
                .findFirst()
                .orElseThrow(() -> new org.ketnoi.shared.NotFoundException("meeting.error.recipient-unknown"));
        List<Participation> own = participation.mine(eventId, user).stream()
                .filter(p -> p.status() == ParticipationStatus.APPROVED)
                .toList();
        Language language = language();
        model.addAttribute("event", event);
        model.addAttribute("to", other);
        model.addAttribute(
                "toName", rows.companyNames(List.of(other.company()), language).getOrDefault(other.company(), ""));
        model.addAttribute("own", own);
        model.addAttribute(
                "ownNames",
                rows.companyNames(own.stream().map(Participation::company).toList(), language));
        model.addAttribute(
                "choices",
                own.isEmpty() ? List.of() : rows.choices(own.getFirst().company(), other.company(), language));
        model.addAttribute("chosen", chosen.stream().map(ListingId::value).toList());
        model.addAttribute("message", message);
        model.addAttribute("error", error);
        return "meeting/request";
    }

    @PostMapping("/events/{id}/meetings/{requestId}/{action:accept|decline|cancel}")
    String act(
            @PathVariable long id,
            @PathVariable long requestId,
            @PathVariable String action,
            @RequestParam(required = false) @Nullable String reason,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        EventId eventId = new EventId(id);
        MeetingRequestId request = new MeetingRequestId(requestId);
        String error = null;
        try {
            switch (action) {
                case "accept" -> meetings.accept(eventId, request, user);
                case "decline" -> meetings.decline(eventId, request, reason, user);
                default -> meetings.cancel(eventId, request, user);
            }
        } catch (InvalidInputException | ConflictException e) {
            error = translate(e);
        }
        if (htmx == null) {
            return "redirect:/events/" + id + "/meetings";
        }
        MyMeetingRequests mine = meetings.mine(eventId, user);
        RequestRows.Row row = rows.rows(mine, language()).stream()
                .filter(r -> r.request().id().equals(request))
                .findFirst()
                .orElseThrow(() -> new org.ketnoi.shared.NotFoundException("meeting.error.not-found"));
        model.addAttribute("event", events.get(eventId, user));
        model.addAttribute("r", row.withError(error));
        return "meeting/parts :: row";
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    private String translate(TranslatableException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(e.messageKey(), e.arguments(), locale);
    }
}
