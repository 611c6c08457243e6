package org.ketnoi.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventResources;
import org.ketnoi.event.EventSectorService;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.i18n.Language;
import org.ketnoi.matching.engine.EventSnapshot;
import org.ketnoi.matching.engine.MatchParty;
import org.ketnoi.matching.engine.MatchRules;
import org.ketnoi.matching.engine.Recommendation;
import org.ketnoi.matching.engine.Recommender;
import org.ketnoi.meeting.MeetingPair;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.meeting.ProposalOutcome;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching module's public API. Recommendations are computed for a whole event at once (so that
 * exposure can be balanced), kept in memory per event, and recomputed on the next request after a
 * listing, a company, the approved participants, the meeting history, the event's interpreters or its
 * rules changed.
 * A participant sees only its own list and only while approved; organisers see everyone's.
 */
@Service
public class MatchingService {

    private static final int OVERVIEW_TOP = 3;

    private final EventService events;
    private final EventResources resources;
    private final EventSectorService sectors;
    private final ParticipationService participation;
    private final SnapshotBuilder builder;
    private final ReasonTexts texts;
    private final MatchSettingsRepository settings;
    private final MeetingRequests meetings;
    private final MatchingProperties properties;
    private final AuditLog audit;
    private final java.time.Clock clock;
    private final Map<Long, EventMatches> cache = new ConcurrentHashMap<>();
    /** Counts invalidations, so a computation that overlapped one is not cached. */
    private final AtomicLong generation = new AtomicLong();

    MatchingService(
            EventService events,
            EventResources resources,
            EventSectorService sectors,
            ParticipationService participation,
            SnapshotBuilder builder,
            ReasonTexts texts,
            MatchSettingsRepository settings,
            MeetingRequests meetings,
            MatchingProperties properties,
            AuditLog audit,
            java.time.Clock clock) {
        this.events = events;
        this.resources = resources;
        this.sectors = sectors;
        this.participation = participation;
        this.builder = builder;
        this.texts = texts;
        this.settings = settings;
        this.meetings = meetings;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A participant's recommended partners, best first, at most {@code limit}, with reasons in the
     * reader's language.
     *
     * @throws InvalidInputException on {@code limit} outside 1 – the list size
     * @throws ForbiddenException unless the reader represents the (approved) participant or organises the event
     * @throws NotFoundException when the event is hidden from the reader or the participant is not an approved one of it
     */
    @Transactional(readOnly = true)
    public List<PartnerRecommendation> recommendations(
            EventId id, ParticipationId participant, AccountUser reader, Language language, int limit) {
        if (limit < 1 || limit > properties.listSize()) {
            throw new InvalidInputException("limit", "reco.error.limit", properties.listSize());
        }
        Event event = events.get(id, reader);
        boolean organiser = events.canManage(event, reader);
        if (!organiser && mine(id, reader).stream().noneMatch(p -> p.id().equals(participant))) {
            throw new ForbiddenException("reco.error.forbidden");
        }
        List<Participation> approved = approved(id, reader, organiser);
        if (approved.stream().noneMatch(p -> p.id().equals(participant))) {
            throw new NotFoundException("reco.error.participant-not-found");
        }
        EventMatches matches = current(id, approved);
        Map<String, String> sectorNames = sectors.names(event, language);
        return matches.balancedFor(participant.value()).stream()
                .limit(limit)
                .map(recommendation -> view(recommendation, matches, language, sectorNames))
                .toList();
    }

    /** The reader's own approved participations in the event (usually one). */
    @Transactional(readOnly = true)
    public List<Participation> mine(EventId id, AccountUser reader) {
        return participation.mine(id, reader).stream()
                .filter(p -> p.status() == ParticipationStatus.APPROVED)
                .toList();
    }

    /**
     * The organisers' overview.
     *
     * @throws ForbiddenException unless the reader organises the event
     */
    @Transactional(readOnly = true)
    public MatchOverview overview(EventId id, AccountUser reader, Language language) {
        Map<String, String> sectorNames = sectors.names(manageable(id, reader), language);
        EventMatches matches = current(id, approved(id, reader, true));
        EventSnapshot unrestricted = null;
        List<MatchOverview.Row> rows = new ArrayList<>();
        for (MatchParty party : matches.snapshot().parties()) {
            List<Recommendation> list = matches.balancedFor(party.id());
            int good = (int) list.stream()
                    .filter(r -> r.score() >= properties.goodScore())
                    .count();
            String problem = null;
            if (good == 0) {
                if (unrestricted == null && !party.listings().isEmpty()) {
                    unrestricted = new EventSnapshot(matches.snapshot().parties(), MatchRules.NONE, Set.of());
                }
                problem = problem(party, list, unrestricted);
            }
            rows.add(new MatchOverview.Row(
                    new ParticipationId(party.id()),
                    matches.companies().get(party.company()),
                    party.role(),
                    list.isEmpty() ? 0 : list.getFirst().score(),
                    good,
                    list.stream()
                            .limit(OVERVIEW_TOP)
                            .map(r -> view(r, matches, language, sectorNames))
                            .toList(),
                    problem));
        }
        rows.sort(java.util.Comparator.comparingDouble(MatchOverview.Row::bestScore));
        return new MatchOverview(rows, matches.result().stats(), settings.find(id), properties.goodScore());
    }

    private static String problem(MatchParty party, List<Recommendation> list, EventSnapshot unrestricted) {
        if (party.listings().isEmpty()) {
            return "reco.problem.no-listings";
        }
        if (!list.isEmpty()) {
            return "reco.problem.weak";
        }
        int index = unrestricted.indexOf(party.id()).orElseThrow();
        return new Recommender().recommend(unrestricted, index, 1).isEmpty()
                ? "reco.problem.no-complement"
                : "reco.problem.excluded";
    }

    /** The event's matching rules, for its organisers. */
    @Transactional(readOnly = true)
    public MatchSettings settings(EventId id, AccountUser reader) {
        manageable(id, reader);
        return settings.find(id);
    }

    /**
     * Changes the event's matching rules; recommendations are recomputed on the next request.
     *
     * @throws ForbiddenException unless the reader organises the event
     */
    @Transactional
    public void updateSettings(EventId id, MatchSettings changed, AccountUser actor) {
        manageable(id, actor);
        settings.save(id, changed, actor.id().value(), clock.instant());
        audit.record(
                "match.settings.updated",
                actor.id().value(),
                id.value(),
                Map.of(
                        "vietnamChinaOnly", changed.vietnamChinaOnly(),
                        "buyerSellerOnly", changed.buyerSellerOnly()));
        invalidate(id);
    }

    /**
     * Proposes meetings to the chosen pairs, as the organisers curated them from the overview: each
     * pair gets a request both sides still accept (the meeting module's {@link
     * MeetingRequests#proposeByOrganiser}); pairs with history or no longer approved are skipped.
     *
     * @throws InvalidInputException on {@code pairs} when none is chosen
     * @throws ForbiddenException unless the actor organises the event
     */
    @Transactional
    public ProposalOutcome propose(EventId id, List<MeetingPair> pairs, @Nullable String message, AccountUser actor) {
        manageable(id, actor);
        if (pairs.isEmpty()) {
            throw new InvalidInputException("pairs", "reco.error.no-pairs");
        }
        ProposalOutcome outcome = meetings.proposeByOrganiser(id, actor.id(), pairs, message);
        audit.record(
                "match.proposals.sent",
                actor.id().value(),
                id.value(),
                Map.of("proposed", outcome.proposed(), "skipped", outcome.skipped()));
        invalidate(id);
        return outcome;
    }

    /**
     * The mutual score (0–100) of each pair of the event's approved participants, for weighting the
     * schedule; pairs with a side that is not approved are left out.
     *
     * @throws ForbiddenException unless the reader organises the event
     */
    @Transactional(readOnly = true)
    public Map<MeetingPair, Double> mutualScores(EventId id, Collection<MeetingPair> pairs, AccountUser reader) {
        manageable(id, reader);
        EventMatches matches = current(id, approved(id, reader, true));
        Recommender recommender = new Recommender();
        Map<MeetingPair, Double> scores = new HashMap<>();
        for (MeetingPair pair : pairs) {
            var first = matches.snapshot().indexOf(pair.first().value());
            var second = matches.snapshot().indexOf(pair.second().value());
            if (first.isPresent() && second.isPresent()) {
                scores.put(pair, recommender.mutualScore(matches.snapshot(), first.get(), second.get()));
            }
        }
        return scores;
    }

    private Set<Long> history(EventId id) {
        return meetings.pairsWithHistory(id).stream()
                .map(pair -> EventSnapshot.pairKey(
                        pair.first().value(), pair.second().value()))
                .collect(Collectors.toSet());
    }

    void invalidate(EventId id) {
        generation.incrementAndGet();
        cache.remove(id.value());
    }

    void invalidateCompany(long company) {
        generation.incrementAndGet();
        cache.values().removeIf(matches -> matches.involves(company));
    }

    private Event manageable(EventId id, AccountUser reader) {
        Event event = events.get(id, reader);
        if (!events.canManage(event, reader)) {
            throw new ForbiddenException("event.error.not-organiser");
        }
        return event;
    }

    private List<Participation> approved(EventId id, AccountUser reader, boolean organiser) {
        return organiser
                ? participation.forOrganisers(id, ParticipationStatus.APPROVED, null, reader)
                : participation.directory(id, reader);
    }

    private EventMatches current(EventId id, List<Participation> approved) {
        long fingerprint = EventMatches.fingerprint(approved);
        EventMatches cached = cache.get(id.value());
        if (cached != null && cached.fingerprint() == fingerprint) {
            return cached;
        }
        synchronized (this) {
            cached = cache.get(id.value());
            if (cached != null && cached.fingerprint() == fingerprint) {
                return cached;
            }
            long before = generation.get();
            EventMatches built = builder.build(approved, settings.find(id), history(id), resources.interpreters(id));
            if (generation.get() == before) {
                cache.put(id.value(), built);
            }
            return built;
        }
    }

    private PartnerRecommendation view(
            Recommendation recommendation, EventMatches matches, Language language, Map<String, String> sectorNames) {
        Participation partner = matches.participations().get(recommendation.partner());
        return new PartnerRecommendation(
                partner.id(),
                matches.companies().get(recommendation.partnerCompany()),
                partner.role(),
                recommendation.score(),
                texts.render(recommendation.reasons(), matches.listings(), language, sectorNames),
                matches.listings().values().stream()
                        .filter(listing -> listing.company().equals(partner.company()))
                        .toList());
    }
}
