package org.ketnoi.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.i18n.Language;
import org.ketnoi.matching.MatchingService;
import org.ketnoi.matching.PartnerRecommendation;
import org.ketnoi.matching.ReasonText;
import org.ketnoi.meeting.MeetingPair;
import org.ketnoi.meeting.ProposalOutcome;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Recommendations", description = "Partner recommendations with reasons, and organisers' proposals")
class RecommendationApi {

    record Partner(long participationId, long companyId, String name, String country, String role) {}

    record Recommendation(Partner partner, double score, List<ReasonText> reasons) {}

    record Proposals(
            @Nullable List<List<Long>> pairs, @Nullable String message) {}

    private final MatchingService matching;

    RecommendationApi(MatchingService matching) {
        this.matching = matching;
    }

    @GetMapping("/api/v1/events/{eventId}/participants/{participantId}/recommendations")
    @Operation(summary = "A participant's recommended partners, best first, with reasons in the request language")
    List<Recommendation> recommendations(
            @PathVariable long eventId,
            @PathVariable long participantId,
            @RequestParam(defaultValue = "10") int limit,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        Language language = Language.of(LocaleContextHolder.getLocale());
        return matching
                .recommendations(new EventId(eventId), new ParticipationId(participantId), user, language, limit)
                .stream()
                .map(r -> json(r, language))
                .toList();
    }

    @PostMapping("/api/v1/events/{eventId}/matches/proposals")
    @Operation(summary = "Organisers propose meetings to pairs of participants; both sides are asked")
    ProposalOutcome propose(
            @PathVariable long eventId,
            @RequestBody Proposals proposals,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        return matching.propose(new EventId(eventId), pairs(proposals.pairs()), proposals.message(), user);
    }

    private static List<MeetingPair> pairs(@Nullable List<List<Long>> pairs) {
        if (pairs == null) {
            return List.of();
        }
        return pairs.stream()
                .map(pair -> {
                    if (pair == null
                            || pair.size() != 2
                            || pair.get(0) == null
                            || pair.get(1) == null
                            || pair.get(0).equals(pair.get(1))) {
                        throw new InvalidInputException("pairs", "reco.error.pair-invalid");
                    }
                    return MeetingPair.of(new ParticipationId(pair.get(0)), new ParticipationId(pair.get(1)));
                })
                .toList();
    }

    private static Recommendation json(PartnerRecommendation r, Language language) {
        return new Recommendation(
                new Partner(
                        r.partner().value(),
                        r.company().id().value(),
                        r.company().details().name().in(language),
                        r.company().details().country(),
                        r.role().name()),
                r.score(),
                r.reasons());
    }
}
