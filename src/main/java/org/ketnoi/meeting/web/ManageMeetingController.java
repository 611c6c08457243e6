package org.ketnoi.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingPair;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.meeting.MeetingSettings;
import org.ketnoi.shared.ConflictException;
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
 * The organisers' meetings page of an event: every request, proposing or arranging a meeting
 * between two participants, calling one off, and the event's limits.
 */
@Controller
class ManageMeetingController {

    private final MeetingRequests meetings;
    private final EventService events;
    private final ParticipationService participation;
    private final RequestRows rows;
    private final MessageSource messages;

    ManageMeetingController(
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

    @GetMapping("/manage/events/{id}/meetings")
    String page(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        return page(new EventId(id), user, model, null);
    }

    @PostMapping("/manage/events/{id}/meetings")
    String arrange(
            @PathVariable long id,
            @RequestParam long first,
            @RequestParam long second,
            @RequestParam(required = false) @Nullable String message,
            @RequestParam(defaultValue = "false") boolean accepted,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        EventId eventId = new EventId(id);
        try {
            if (first == second) {
                throw new InvalidInputException("second", "meeting.error.pair-invalid");
            }
            MeetingPair pair = MeetingPair.of(new ParticipationId(first), new ParticipationId(second));
            meetings.arrange(eventId, pair, message, accepted, user);
            return "redirect:/manage/events/" + id + "/meetings?" + (accepted ? "arranged" : "proposed");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(eventId, user, model, translate(e));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(eventId, user, model, translate(e));
        }
    }

    @PostMapping("/manage/events/{id}/meetings/{requestId}/cancel")
    String cancel(
            @PathVariable long id,
            @PathVariable long requestId,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        EventId eventId = new EventId(id);
        try {
            meetings.cancelByOrganiser(eventId, new MeetingRequestId(requestId), user);
            return "redirect:/manage/events/" + id + "/meetings?cancelled";
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(eventId, user, model, translate(e));
        }
    }

    @PostMapping("/manage/events/{id}/meetings/settings")
    String settings(
            @PathVariable long id,
            @RequestParam int maxRequestsSent,
            @RequestParam int maxMeetings,
            @RequestParam int validityDays,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        EventId eventId = new EventId(id);
        if (maxRequestsSent < 1
                || maxRequestsSent > 1000
                || maxMeetings < 1
                || maxMeetings > 200
                || validityDays < 1
                || validityDays > 90) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(eventId, user, model, messages.getMessage("meeting.error.settings-invalid", null, locale()));
        }
        meetings.changeSettings(eventId, new MeetingSettings(maxRequestsSent, maxMeetings, validityDays), user);
        return "redirect:/manage/events/" + id + "/meetings?saved";
    }

    private String page(EventId eventId, AccountUser user, Model model, @Nullable String error) {
        Language language = Language.of(locale());
        var requests = meetings.forOrganisers(eventId, user);
        Event event = events.get(eventId, user);
        List<Participation> approved = participation.forOrganisers(eventId, ParticipationStatus.APPROVED, null, user);
        Map<org.ketnoi.company.CompanyId, String> names =
                rows.companyNames(approved.stream().map(Participation::company).toList(), language);
        model.addAttribute("event", event);
        model.addAttribute("rows", rows.organiserRows(requests, language));
        model.addAttribute("participants", approved);
        model.addAttribute("names", names);
        model.addAttribute("settings", meetings.settings(eventId));
        model.addAttribute("error", error);
        return "meeting/manage";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private String translate(TranslatableException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), locale());
    }
}
