package org.ketnoi.event;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.account.UserId;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies taking part in events: members register their company while registration is open,
 * organisers approve or reject (or enrol a company themselves), and the directory of approved
 * participants is shown only to the event's organisers and approved participants. Members change or
 * withdraw their registration ({@link ParticipationRules}). Every query is scoped to one event; every
 * change is audited with the event's id and published ({@code ParticipationRegistered},
 * {@code ...Approved}, {@code ...Rejected}, {@code ...Changed}, {@code ...Withdrawn}).
 */
@Service
public class ParticipationService {

    private final EventRepository events;
    private final EventAccess access;
    private final ParticipationRepository participants;
    private final CompanyService companies;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    ParticipationService(
            EventRepository events,
            EventAccess access,
            ParticipationRepository participants,
            CompanyService companies,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.events = events;
        this.access = access;
        this.participants = participants;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
        this.publisher = publisher;
    }

    /**
     * Registers a company the actor represents; the registration waits for the organisers.
     *
     * @throws ConflictException when registration is not open or the company already registered
     * @throws InvalidInputException on {@code connectionPoint} or {@code attendance}
     */
    @Transactional
    public ParticipationId register(EventId id, Registration registration, AccountUser actor) {
        Event event = visible(id, actor);
        if (!companies.isMember(actor.id(), registration.company())) {
            throw new ForbiddenException("participant.error.members-only");
        }
        if (!registrationOpen(event)) {
            throw new ConflictException("participant.error.registration-closed");
        }
        return insert(event, registration, ParticipationStatus.PENDING, actor, "participant.participant.registered");
    }

    /**
     * Adds a company as an approved participant, whatever the registration window: organisers often
     * enrol companies that registered by phone or on paper.
     *
     * @throws ForbiddenException unless the actor organises the event
     */
    @Transactional
    public ParticipationId enrol(EventId id, Registration registration, AccountUser actor) {
        Event event = manageable(id, actor);
        if (event.status() == EventStatus.CLOSED) {
            throw new ConflictException("event.error.closed");
        }
        companies.find(registration.company()).orElseThrow(() -> new NotFoundException("company.error.not-found"));
        return insert(event, registration, ParticipationStatus.APPROVED, actor, "participant.participant.enrolled");
    }

    private ParticipationId insert(
            Event event, Registration registration, ParticipationStatus status, AccountUser actor, String code) {
        checkPoint(event, registration);
        if (participants.exists(event.id(), registration.company())) {
            throw new ConflictException("participant.error.duplicate");
        }
        ParticipationId created;
        try {
            created = participants.insert(event.id(), registration, status, actor.id(), clock.instant());
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("participant.error.duplicate");
        }
        audit.record(
                code,
                actor.id().value(),
                event.id().value(),
                Map.of(
                        "participationId", created.value(),
                        "companyId", registration.company().value(),
                        "role", registration.role().name(),
                        "connectionPoint", registration.connectionPoint()));
        publisher.publishEvent(new ParticipationRegistered(event.id(), created, registration.company(), status));
        return created;
    }

    private static void checkPoint(Event event, Registration registration) {
        ConnectionPoint point = event.connectionPoints().stream()
                .filter(p -> p.id() == registration.connectionPoint())
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("connectionPoint", "participant.error.point-unknown"));
        if (point.mode() == ConnectionPointMode.ONLINE_ONLY && registration.attendance() != Attendance.ONLINE) {
            throw new InvalidInputException("attendance", "participant.error.online-only");
        }
    }

    /** Whether companies may register now: the event is open and the clock is inside its window. */
    public boolean registrationOpen(Event event) {
        Instant now = clock.instant();
        Instant opens = event.registrationOpens();
        Instant closes = event.registrationCloses();
        return event.status() == EventStatus.OPEN
                && (opens == null || !now.isBefore(opens))
                && (closes == null || now.isBefore(closes));
    }

    @Transactional
    public void approve(EventId id, ParticipationId participation, AccountUser actor) {
        decide(id, participation, ParticipationStatus.APPROVED, null, actor);
    }

    @Transactional
    public void reject(EventId id, ParticipationId participation, @Nullable String reason, AccountUser actor) {
        decide(id, participation, ParticipationStatus.REJECTED, reason, actor);
    }

    private void decide(
            EventId id,
            ParticipationId participation,
            ParticipationStatus status,
            @Nullable String reason,
            AccountUser actor) {
        manageable(id, actor);
        Participation current = participants
                .find(id, participation)
                .orElseThrow(() -> new NotFoundException("participant.error.not-found"));
        if (current.status() == ParticipationStatus.WITHDRAWN) {
            throw new ConflictException("participant.error.withdrawn");
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (cleanReason != null && cleanReason.length() > 1000) {
            throw new InvalidInputException("reason", "participant.error.reason-too-long");
        }
        participants.decide(id, participation, status, cleanReason, actor.id(), clock.instant());
        audit.record(
                status == ParticipationStatus.APPROVED
                        ? "participant.participant.approved"
                        : "participant.participant.rejected",
                actor.id().value(),
                id.value(),
                Map.of(
                        "participationId",
                        participation.value(),
                        "companyId",
                        current.company().value()));
        publisher.publishEvent(
                status == ParticipationStatus.APPROVED
                        ? new ParticipationApproved(id, participation, current.company())
                        : new ParticipationRejected(id, participation, current.company()));
    }

    /**
     * Changes role, connection point, attendance and languages of a registration of the actor's
     * company, under {@link ParticipationRules}: an approved registration whose role or connection
     * point changes waits for the organisers again.
     *
     * @throws ForbiddenException unless the actor is a member of the registered company
     * @throws ConflictException when the registration or the event no longer allows changes
     * @throws InvalidInputException on {@code connectionPoint} or {@code attendance}
     */
    @Transactional
    public ParticipationStatus change(
            EventId id, ParticipationId participation, Registration wanted, AccountUser actor) {
        Event event = visible(id, actor);
        Participation current = own(id, participation, actor);
        Registration registration = new Registration(
                current.company(), wanted.role(), wanted.connectionPoint(), wanted.attendance(), wanted.languages());
        ParticipationStatus status = ParticipationRules.afterChange(current, registration, event.status());
        checkPoint(event, registration);
        participants.change(id, participation, registration, status);
        audit.record(
                "participant.participant.changed",
                actor.id().value(),
                id.value(),
                Map.of(
                        "participationId", participation.value(),
                        "companyId", current.company().value(),
                        "role", registration.role().name(),
                        "connectionPoint", registration.connectionPoint(),
                        "attendance", registration.attendance().name(),
                        "status", status.name()));
        publisher.publishEvent(new ParticipationChanged(id, participation, current.company(), status));
        return status;
    }

    /**
     * Withdraws a pending or approved registration of the actor's company before the event runs.
     *
     * @throws ForbiddenException unless the actor is a member of the registered company
     * @throws ConflictException when the registration or the event no longer allows it
     */
    @Transactional
    public void withdraw(EventId id, ParticipationId participation, AccountUser actor) {
        Event event = visible(id, actor);
        Participation current = own(id, participation, actor);
        ParticipationRules.checkWithdrawable(current, event.status());
        participants.withdraw(id, participation);
        audit.record(
                "participant.participant.withdrawn",
                actor.id().value(),
                id.value(),
                Map.of(
                        "participationId", participation.value(),
                        "companyId", current.company().value(),
                        "previousStatus", current.status().name()));
        publisher.publishEvent(new ParticipationWithdrawn(id, participation, current.company()));
    }

    /** The registration, if the actor represents its company; someone else's answers 403. */
    private Participation own(EventId id, ParticipationId participation, AccountUser actor) {
        Participation current = participants
                .find(id, participation)
                .orElseThrow(() -> new NotFoundException("participant.error.not-found"));
        if (!companies.isMember(actor.id(), current.company())) {
            throw new ForbiddenException("participant.error.members-only");
        }
        return current;
    }

    /**
     * Locks the registrations' rows until the caller's transaction ends, always in id order so that two
     * callers locking overlapping sets cannot deadlock. Other modules serialise per-participant counts
     * with it (the meeting limit): a second transaction waits here until the first commits, then reads
     * what the first wrote. Not a read for anyone: callers check access first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(EventId id, Collection<ParticipationId> participations) {
        participations.stream()
                .distinct()
                .sorted(Comparator.comparingLong(ParticipationId::value))
                .forEach(p -> participants.lock(id, p));
    }

    /** All registrations of the event, optionally filtered, for its organisers. */
    @Transactional(readOnly = true)
    public List<Participation> forOrganisers(
            EventId id, @Nullable ParticipationStatus status, @Nullable ParticipantRole role, AccountUser reader) {
        manageable(id, reader);
        return participants.ofEvent(id, status, role);
    }

    /** The registrations of the reader's own companies for the event. */
    @Transactional(readOnly = true)
    public List<Participation> mine(EventId id, AccountUser reader) {
        visible(id, reader);
        List<CompanyId> own = companies.companiesOf(reader.id()).stream()
                .map(CompanySummary::id)
                .toList();
        return participants.ofCompanies(id, own);
    }

    /**
     * The zone in which the user sees the event's times: that of the connection point of their own
     * company's registration (approved before pending; withdrawn and rejected ones do not count),
     * else the event's ({@link Event#zone()}). Empty when the event does not exist. Tells nothing but
     * a time zone, so it checks no reader rights: callers use it to show the user's own data.
     */
    @Transactional(readOnly = true)
    public Optional<ZoneId> zoneFor(EventId id, UserId user) {
        Optional<Event> event = events.find(id);
        if (event.isEmpty()) {
            return Optional.empty();
        }
        List<CompanyId> own =
                companies.companiesOf(user).stream().map(CompanySummary::id).toList();
        Optional<Long> point = participants.ofCompanies(id, own).stream()
                .filter(p -> p.status() == ParticipationStatus.APPROVED || p.status() == ParticipationStatus.PENDING)
                .min(Comparator.comparing((Participation p) -> p.status() != ParticipationStatus.APPROVED)
                        .thenComparing(Participation::registeredAt))
                .map(Participation::connectionPoint);
        ZoneId zone = point.flatMap(pointId -> event.get().connectionPoints().stream()
                        .filter(p -> p.id() == pointId)
                        .findFirst()
                        .map(ConnectionPoint::timeZone))
                .orElse(event.get().zone());
        return Optional.of(zone);
    }

    /**
     * The approved participants, for the event's organisers and its approved participants.
     *
     * @throws EventNotFoundException for a draft the reader does not organise
     * @throws ForbiddenException for everyone else
     */
    @Transactional(readOnly = true)
    public List<Participation> directory(EventId id, AccountUser reader) {
        Event event = visible(id, reader);
        boolean allowed = access.canManage(event, reader)
                || mine(id, reader).stream().anyMatch(p -> p.status() == ParticipationStatus.APPROVED);
        if (!allowed) {
            throw new ForbiddenException("participant.error.directory-forbidden");
        }
        return participants.ofEvent(id, ParticipationStatus.APPROVED, null);
    }

    private Event visible(EventId id, @Nullable AccountUser reader) {
        Event event = events.find(id).orElseThrow(() -> new EventNotFoundException(id));
        if (!access.canSee(event, reader)) {
            throw new EventNotFoundException(id);
        }
        return event;
    }

    private Event manageable(EventId id, AccountUser actor) {
        Event event = visible(id, actor);
        if (!access.canManage(event, actor)) {
            throw new ForbiddenException("event.error.not-organiser");
        }
        return event;
    }
}
