package org.ketnoi.matching.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.i18n.Language;
import org.ketnoi.matching.MatchSettings;
import org.ketnoi.matching.MatchingProperties;
import org.ketnoi.matching.MatchingService;
import org.ketnoi.meeting.MeetingPair;
import org.ketnoi.meeting.ProposalOutcome;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "Recommended partners" page of a participant, and the organisers' match overview. */
@Controller
class RecommendationController {

    private final MatchingService matching;
    private final MatchingProperties properties;
    private final EventService events;
    private final MessageSource messages;

    RecommendationController(
            MatchingService matching, MatchingProperties properties, EventService events, MessageSource messages) {
        this.matching = matching;
        this.properties = properties;
        this.events = events;
        this.messages = messages;
    }

    /** Sends a participant to its own list (the first, should a user represent several companies). */
    @GetMapping("/events/{id}/recommendations")
    String mine(@PathVariable long id, @AuthenticationPrincipal AccountUser user) {
        List<Participation> mine = matching.mine(new EventId(id), user);
        if (mine.isEmpty()) {
            throw new ForbiddenException("reco.error.forbidden");
        }
        return "redirect:/events/" + id + "/participants/"
                + mine.getFirst().id().value() + "/recommendations";
    }

    @GetMapping("/events/{id}/participants/{participantId}/recommendations")
    String list(
            @PathVariable long id,
            @PathVariable long participantId,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        EventId eventId = new EventId(id);
        var recommendations = matching.recommendations(
                eventId, new ParticipationId(participantId), user, language(), properties.listSize());
        model.addAttribute("event", events.get(eventId, user));
        model.addAttribute("recommendations", recommendations);
        return "matching/recommendations";
    }

    @GetMapping("/manage/events/{id}/matches")
    String overview(@PathVariable long id, @AuthenticationPrincipal AccountUser user, Model model) {
        EventId eventId = new EventId(id);
        Event event = events.get(eventId, user);
        model.addAttribute("event", event);
        model.addAttribute("overview", matching.overview(eventId, user, language()));
        return "matching/overview";
    }

    @PostMapping("/manage/events/{id}/matches/settings")
    String settings(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean vietnamChinaOnly,
            @RequestParam(defaultValue = "false") boolean buyerSellerOnly,
            @AuthenticationPrincipal AccountUser user) {
        matching.updateSettings(new EventId(id), new MatchSettings(vietnamChinaOnly, buyerSellerOnly), user);
        return "redirect:/manage/events/" + id + "/matches";
    }

    @PostMapping("/manage/events/{id}/matches/proposals")
    String propose(
            @PathVariable long id,
            @RequestParam(name = "pair", required = false) @Nullable List<String> pairs,
            @RequestParam(required = false) @Nullable String message,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        try {
            ProposalOutcome outcome = matching.propose(new EventId(id), parse(pairs), message, user);
            redirect.addFlashAttribute(
                    "proposalResult",
                    messages.getMessage(
                            "reco.overview.proposed",
                            new Object[] {outcome.proposed(), outcome.skipped()},
                            LocaleContextHolder.getLocale()));
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("proposalError", translate(e));
        }
        return "redirect:/manage/events/" + id + "/matches";
    }

    /** Pairs come as "12-34" (participation ids); anything else is refused as a whole. */
    private static List<MeetingPair> parse(@Nullable List<String> values) {
        List<MeetingPair> pairs = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            String[] parts = value.split("-");
            try {
                long a = Long.parseLong(parts[0].strip());
                long b = Long.parseLong(parts[1].strip());
                if (parts.length != 2 || a == b) {
                    throw new InvalidInputException("pairs", "reco.error.pair-invalid");
                }
                pairs.add(MeetingPair.of(new ParticipationId(a), new ParticipationId(b)));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidInputException("pairs", "reco.error.pair-invalid");
            }
        }
        return pairs.stream().distinct().toList();
    }

    private String translate(TranslatableException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
