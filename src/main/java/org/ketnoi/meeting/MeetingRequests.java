package org.ketnoi.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountService;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.UserId;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.EventId;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationWithdrawn;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting module's public API: participants ask for meetings and answer, organisers propose or
 * create them. Every change is checked against the requests' rules and the event's limits, stored
 * only if nobody changed the request meanwhile (else {@link ConflictException}), audited and
 * published in the same transaction. A participant reads only the requests its own participations
 * are a side of; a request of others is "not found".
 */
@Service
public class MeetingRequests {

    static final int MAX_MESSAGE = 2000;
    static final int MAX_REASON = 1000;
    static final int MAX_LISTINGS = 10;

    private final MeetingRequestRepository requests;
    private final MeetingSettingsRepository settings;
    private final MeetingParticipants participants;
    private final ListingService listings;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final AccountService accounts;
    private final Clock clock;

    MeetingRequests(
            MeetingRequestRepository requests,
            MeetingSettingsRepository settings,
            MeetingParticipants participants,
            ListingService listings,
            AuditLog audit,
            ApplicationEventPublisher publisher,
            AccountService accounts,
            Clock clock) {
        this.accounts = accounts;
        this.requests = requests;
        this.settings = settings;
        this.participants = participants;
        this.listings = listings;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Every pair of the event's participants that has a pending, accepted, declined or expired
     * request. Cancelled requests leave no history: the pair may be proposed or recommended again.
     */
    @Transactional(readOnly = true)
    public Set<MeetingPair> pairsWithHistory(EventId event) {
        return requests.pairs(
                event,
                List.of(
                        MeetingRequestStatus.PENDING,
                        MeetingRequestStatus.ACCEPTED,
                        MeetingRequestStatus.DECLINED,
                        MeetingRequestStatus.EXPIRED));
    }

    /**
     * A participant asks another for a meeting.
     *
     * @throws org.ketnoi.shared.ForbiddenException unless the user represents an approved participant
     * @throws InvalidInputException on {@code recipient}, {@code message}, {@code listings} or {@code from}
     * @throws ConflictException when the event is not arranging meetings, the pair has an open request
     *     or the participant reached the event's limit
     */
    @Transactional
    public MeetingRequestId request(EventId eventId, NewMeetingRequest asked, AccountUser user) {
        participants.arranging(eventId, user);
        Participation from = participants.acting(eventId, user, asked.from());
        Participation to = participants
                .approved(eventId, asked.to(), user)
                .orElseThrow(() -> new InvalidInputException("recipient", "meeting.error.recipient-unknown"));
        boolean ownCompany = participants.own(eventId, user).stream()
                .anyMatch(p -> p.company().equals(to.company()));
        if (ownCompany || from.company().equals(to.company())) {
            throw new InvalidInputException("recipient", "meeting.error.self");
        }
        String message = clean(asked.message(), MAX_MESSAGE, "message");
        List<ListingId> about = checkListings(asked.listings(), from.company(), to.company());
        MeetingSettings limits = settings.of(eventId);
        if (requests.countSent(eventId, from.id()) >= limits.maxRequestsSent()) {
            throw new ConflictException("meeting.error.request-limit", limits.maxRequestsSent());
        }
        MeetingRequest created = newRequest(eventId, from, to, from.id(), message, about, false, user, limits);
        return store(created, "meeting.request.created", user);
    }

    /** One side accepts; the request is accepted once both sides have. */
    @Transactional
    public void accept(EventId eventId, MeetingRequestId id, AccountUser user) {
        participants.arranging(eventId, user);
        MeetingRequest current = ownRequest(eventId, id, user);
        ParticipationId side = side(current, eventId, user);
        MeetingRequest changed = current.accept(side, user.id(), clock.instant());
        if (changed.status() == MeetingRequestStatus.ACCEPTED) {
            checkMeetingLimit(changed);
        }
        save(changed);
        auditChange("meeting.request.accepted", changed, user, Map.of("side", side.value()));
        if (changed.status() == MeetingRequestStatus.ACCEPTED) {
            publisher.publishEvent(new MeetingRequestAccepted(changed.id(), eventId, changed.pair(), side));
        }
    }

    /** A side that has not accepted declines, with an optional reason the other side sees. */
    @Transactional
    public void decline(EventId eventId, MeetingRequestId id, @Nullable String reason, AccountUser user) {
        participants.arranging(eventId, user);
        MeetingRequest current = ownRequest(eventId, id, user);
        ParticipationId side = side(current, eventId, user);
        String why = clean(reason, MAX_REASON, "reason");
        MeetingRequest changed = current.decline(side, why, user.id(), clock.instant());
        save(changed);
        auditChange("meeting.request.declined", changed, user, Map.of("side", side.value()));
        publisher.publishEvent(new MeetingRequestDeclined(changed.id(), eventId, changed.pair(), side));
    }

    /** A side calls off its request, or an accepted meeting. */
    @Transactional
    public void cancel(EventId eventId, MeetingRequestId id, AccountUser user) {
        participants.arranging(eventId, user);
        MeetingRequest current = ownRequest(eventId, id, user);
        ParticipationId side = side(current, eventId, user);
        MeetingRequest changed = current.cancel(side, user.id(), clock.instant());
        save(changed);
        auditChange("meeting.request.cancelled", changed, user, Map.of("side", side.value()));
        publisher.publishEvent(new MeetingRequestCancelled(
                changed.id(), eventId, changed.pair(), side, current.status() == MeetingRequestStatus.ACCEPTED));
    }

    /**
     * A participant that withdraws from the event leaves nothing open there: its pending requests
     * and accepted meetings are called off in the withdrawal's transaction, and the other sides are
     * told through {@link MeetingRequestCancelled}.
     */
    @EventListener
    void on(ParticipationWithdrawn withdrawn) {
        for (MeetingRequest current :
                requests.ofParticipations(withdrawn.event(), List.of(withdrawn.participation()))) {
            if (!current.status().isActive()) {
                continue;
            }
            MeetingRequest changed = current.callOff(clock.instant());
            save(changed);
            auditChange(
                    "meeting.request.cancelled",
                    changed,
                    null,
                    Map.of("withdrawn", withdrawn.participation().value()));
            publisher.publishEvent(new MeetingRequestCancelled(
                    changed.id(),
                    withdrawn.event(),
                    changed.pair(),
                    withdrawn.participation(),
                    current.status() == MeetingRequestStatus.ACCEPTED));
        }
    }

    /** The requests of the user's own participations in the event, newest first. */
    @Transactional(readOnly = true)
    public MyMeetingRequests mine(EventId eventId, AccountUser user) {
        participants.event(eventId, user);
        List<Participation> own = participants.own(eventId, user);
        return new MyMeetingRequests(
                own,
                requests.ofParticipations(
                        eventId, own.stream().map(Participation::id).toList()));
    }

    /** One request the user's participation is a side of. */
    @Transactional(readOnly = true)
    public MeetingRequest get(EventId eventId, MeetingRequestId id, AccountUser user) {
        participants.event(eventId, user);
        return ownRequest(eventId, id, user);
    }

    /** The event's limits in force. */
    @Transactional(readOnly = true)
    public MeetingSettings settings(EventId eventId) {
        return settings.of(eventId);
    }

    /**
     * Organiser-curated proposals: each pair gets a request both sides still have to accept. Pairs
     * with history ({@link #pairsWithHistory}), of participants not approved in the event, or of two
     * participations of one company are skipped, not fatal.
     *
     * @throws org.ketnoi.shared.ForbiddenException unless the user organises the event
     * @throws ConflictException when the event is not arranging meetings
     */
    @Transactional
    public ProposalOutcome proposeByOrganiser(
            EventId eventId, UserId organiserId, List<MeetingPair> pairs, @Nullable String message) {
        AccountUser organiser = accounts.find(organiserId)
                .orElseThrow(() -> new org.ketnoi.shared.ForbiddenException("event.error.not-organiser"));
        Map<ParticipationId, Participation> approved = approvedByOrganiser(eventId, organiser);
        String text = clean(message, MAX_MESSAGE, "message");
        Set<MeetingPair> taken = new HashSet<>(pairsWithHistory(eventId));
        int proposed = 0;
        for (MeetingPair pair : pairs) {
            Participation first = approved.get(pair.first());
            Participation second = approved.get(pair.second());
            if (first == null || second == null || first.company().equals(second.company()) || !taken.add(pair)) {
                continue;
            }
            newRequestFor(eventId, first, second, text, false, organiser);
            proposed++;
        }
        return new ProposalOutcome(proposed, pairs.size() - proposed);
    }

    /**
     * An organiser proposes one meeting (both sides accept) or creates it as accepted.
     *
     * @throws InvalidInputException on {@code second} when the pair is not two approved participants
     *     of different companies
     * @throws ConflictException when the pair has history, or (created as accepted) a side reached the
     *     meeting limit
     */
    @Transactional
    public MeetingRequestId arrange(
            EventId eventId, MeetingPair pair, @Nullable String message, boolean accepted, AccountUser organiser) {
        Map<ParticipationId, Participation> approved = approvedByOrganiser(eventId, organiser);
        Participation first = approved.get(pair.first());
        Participation second = approved.get(pair.second());
        if (first == null || second == null || first.company().equals(second.company())) {
            throw new InvalidInputException("second", "meeting.error.pair-invalid");
        }
        if (pairsWithHistory(eventId).contains(pair)) {
            throw new ConflictException("meeting.error.duplicate");
        }
        return newRequestFor(eventId, first, second, clean(message, MAX_MESSAGE, "message"), accepted, organiser);
    }

    /** An organiser calls off a pending request or an accepted meeting of the event. */
    @Transactional
    public void cancelByOrganiser(EventId eventId, MeetingRequestId id, AccountUser organiser) {
        approvedByOrganiser(eventId, organiser);
        MeetingRequest current =
                requests.find(eventId, id).orElseThrow(() -> new NotFoundException("meeting.error.not-found"));
        MeetingRequest changed = current.cancelByOrganiser(organiser.id(), clock.instant());
        save(changed);
        auditChange("meeting.request.cancelled", changed, organiser, Map.of("byOrganiser", true));
        publisher.publishEvent(new MeetingRequestCancelled(
                changed.id(), eventId, changed.pair(), null, current.status() == MeetingRequestStatus.ACCEPTED));
    }

    /** Every request of the event, for its organisers. */
    @Transactional(readOnly = true)
    public List<MeetingRequest> forOrganisers(EventId eventId, AccountUser organiser) {
        participants.approvedForOrganiser(eventId, organiser);
        return requests.ofEvent(eventId);
    }

    /** Organisers set the event's limits; they apply to requests and acceptances from now on. */
    @Transactional
    public void changeSettings(EventId eventId, MeetingSettings changed, AccountUser organiser) {
        participants.approvedForOrganiser(eventId, organiser);
        settings.save(eventId, changed);
        audit.record(
                "meeting.settings.changed",
                organiser.id().value(),
                eventId.value(),
                Map.of(
                        "maxRequestsSent", changed.maxRequestsSent(),
                        "maxMeetings", changed.maxMeetings(),
                        "validityDays", changed.validityDays()));
    }

    private Map<ParticipationId, Participation> approvedByOrganiser(EventId eventId, AccountUser organiser) {
        Map<ParticipationId, Participation> approved = new HashMap<>();
        participants.approvedForOrganiser(eventId, organiser).forEach(p -> approved.put(p.id(), p));
        participants.arranging(eventId, organiser);
        return approved;
    }

    MeetingRequestId newRequestFor(
            EventId eventId,
            Participation first,
            Participation second,
            @Nullable String message,
            boolean accepted,
            AccountUser organiser) {
        MeetingRequest created =
                newRequest(eventId, first, second, null, message, List.of(), accepted, organiser, settings.of(eventId));
        if (accepted) {
            checkMeetingLimit(created);
        }
        return store(created, accepted ? "meeting.request.created-accepted" : "meeting.request.proposed", organiser);
    }

    private MeetingRequest newRequest(
            EventId eventId,
            Participation a,
            Participation b,
            @Nullable ParticipationId requester,
            @Nullable String message,
            List<ListingId> about,
            boolean accepted,
            AccountUser user,
            MeetingSettings limits) {
        MeetingPair pair = MeetingPair.of(a.id(), b.id());
        Participation first = pair.first().equals(a.id()) ? a : b;
        Participation second = first == a ? b : a;
        Instant now = clock.instant();
        return new MeetingRequest(
                new MeetingRequestId(0),
                eventId,
                pair,
                first.company(),
                second.company(),
                requester,
                accepted || first.id().equals(requester),
                accepted || second.id().equals(requester),
                accepted ? MeetingRequestStatus.ACCEPTED : MeetingRequestStatus.PENDING,
                message,
                null,
                about,
                user.id(),
                now,
                now.plus(Duration.ofDays(limits.validityDays())),
                null,
                accepted ? now : null,
                accepted ? user.id() : null,
                0);
    }

    private MeetingRequestId store(MeetingRequest created, String code, AccountUser user) {
        MeetingRequestId id;
        try {
            id = requests.insert(created);
        } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
            // Another transaction opened a request for the same pair first: the unique constraint decides.
            throw new ConflictException("meeting.error.duplicate");
        }
        Map<String, Object> data = new HashMap<>();
        data.put("requestId", id.value());
        data.put("first", created.pair().first().value());
        data.put("second", created.pair().second().value());
        data.put("listings", created.listings().stream().map(ListingId::value).toList());
        if (created.requester() != null) {
            data.put("requester", created.requester().value());
        }
        audit.record(code, user.id().value(), created.event().value(), data);
        publisher.publishEvent(new MeetingRequested(
                id,
                created.event(),
                created.pair(),
                created.requester(),
                created.status() == MeetingRequestStatus.ACCEPTED));
        return id;
    }

    void save(MeetingRequest changed) {
        if (!requests.update(changed)) {
            throw new ConflictException("meeting.error.changed");
        }
    }

    void auditChange(String code, MeetingRequest changed, @Nullable AccountUser user, Map<String, ?> extra) {
        Map<String, Object> data = new HashMap<>(extra);
        data.put("requestId", changed.id().value());
        data.put("status", changed.status().name());
        data.put("first", changed.pair().first().value());
        data.put("second", changed.pair().second().value());
        audit.record(
                code, user == null ? null : user.id().value(), changed.event().value(), data);
    }

    /**
     * Counting accepted meetings and storing the new one race: two transactions accepting different
     * requests of one participant would each count the other's meeting as not there yet. Locking both
     * sides' registration rows first (in id order) makes the second wait for the first's commit, and
     * its count then includes the first's meeting, on H2 and PostgreSQL alike.
     */
    private void checkMeetingLimit(MeetingRequest request) {
        participants.lock(request.event(), request.pair());
        int max = settings.of(request.event()).maxMeetings();
        for (ParticipationId side :
                List.of(request.pair().first(), request.pair().second())) {
            if (requests.countAccepted(request.event(), side) >= max) {
                throw new ConflictException("meeting.error.meeting-limit", max);
            }
        }
    }

    private MeetingRequest ownRequest(EventId eventId, MeetingRequestId id, AccountUser user) {
        List<ParticipationId> own =
                participants.own(eventId, user).stream().map(Participation::id).toList();
        return requests.find(eventId, id)
                .filter(r -> own.stream().anyMatch(r::isSide))
                .orElseThrow(() -> new NotFoundException("meeting.error.not-found"));
    }

    private ParticipationId side(MeetingRequest request, EventId eventId, AccountUser user) {
        return participants.own(eventId, user).stream()
                .map(Participation::id)
                .filter(request::isSide)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("meeting.error.not-found"));
    }

    private List<ListingId> checkListings(List<ListingId> asked, CompanyId a, CompanyId b) {
        List<ListingId> distinct = List.copyOf(new LinkedHashSet<>(asked));
        if (distinct.size() > MAX_LISTINGS) {
            throw new InvalidInputException("listings", "meeting.error.too-many-listings", MAX_LISTINGS);
        }
        for (ListingId id : distinct) {
            boolean fits = listings.findPublished(id)
                    .filter(l -> l.company().equals(a) || l.company().equals(b))
                    .isPresent();
            if (!fits) {
                throw new InvalidInputException("listings", "meeting.error.listing-invalid");
            }
        }
        return distinct;
    }

    static @Nullable String clean(@Nullable String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "meeting.error." + field + "-too-long", max);
        }
        return stripped;
    }
}
