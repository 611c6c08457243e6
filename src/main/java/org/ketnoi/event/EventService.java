package org.ketnoi.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditEntry;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.ketnoi.organization.AgencyId;
import org.ketnoi.organization.OrganizationService;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event module's public API. Every read is scoped to what the reader may see (drafts only for
 * their organisers: others get {@link EventNotFoundException}); every change is checked, audited in
 * the same transaction and published as an event record.
 */
@Service
public class EventService {

    private final EventRepository events;
    private final EventAccess access;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final EventSectorRepository sectors;

    EventService(
            EventRepository events,
            EventSectorRepository sectors,
            EventAccess access,
            OrganizationService organizations,
            AuditLog audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.sectors = sectors;
        this.access = access;
        this.organizations = organizations;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Published events plus, for an organiser, the drafts of their agencies; admins see all. */
    @Transactional(readOnly = true)
    public List<Event> visibleTo(@Nullable AccountUser reader) {
        return EventAccess.isAdmin(reader) ? events.findAll() : events.findVisible(access.agenciesOf(reader));
    }

    /** The events the user organises (all for admins), whatever their status. */
    @Transactional(readOnly = true)
    public List<Event> organizedBy(AccountUser user) {
        return EventAccess.isAdmin(user) ? events.findAll() : events.findOrganizedBy(access.agenciesOf(user));
    }

    /** @throws EventNotFoundException when missing, or a draft the reader does not organise */
    @Transactional(readOnly = true)
    public Event get(EventId id, @Nullable AccountUser reader) {
        Event event = events.find(id).orElseThrow(() -> new EventNotFoundException(id));
        if (!access.canSee(event, reader)) {
            throw new EventNotFoundException(id);
        }
        return event;
    }

    /** Whether the user may change the event (and read its audit log). */
    @Transactional(readOnly = true)
    public boolean canManage(Event event, @Nullable AccountUser user) {
        return access.canManage(event, user);
    }

    /**
     * Creates a draft co-organised by the chosen agencies (by default all of the creator's).
     *
     * @throws ForbiddenException unless the actor is an organiser or admin
     * @throws InvalidInputException on {@code organizers} when an agency is not the actor's
     */
    @Transactional
    public EventId create(EventDetails details, AccountUser actor) {
        if (!EventAccess.mayOrganise(actor)) {
            throw new ForbiddenException("event.error.organisers-only");
        }
        List<AgencyId> chosen = details.organizers().isEmpty() ? access.agenciesOf(actor) : details.organizers();
        checkOrganizers(chosen, Set.of(), actor);
        EventId id = events.save(Event.draft(details.withOrganizers(chosen)), clock.instant());
        audit.record("event.event.created", actor.id().value(), id.value(), Map.of("title", title(details)));
        publisher.publishEvent(new EventCreated(id));
        return id;
    }

    /** Changes title, description, kind, dates, zone, registration window and organisers. */
    @Transactional
    public void update(EventId id, EventDetails details, AccountUser actor) {
        change(id, actor, "event.event.updated", Map.of("title", title(details)), event -> {
            List<AgencyId> chosen = details.organizers().isEmpty() ? event.organizers() : details.organizers();
            checkOrganizers(chosen, new HashSet<>(event.organizers()), actor);
            event.update(details.withOrganizers(chosen));
        });
    }

    /** Replaces connection points (with their trade rooms) and the grid at once, as the API does. */
    @Transactional
    public void replaceStructure(EventId id, List<ConnectionPoint> points, List<GridDay> grid, AccountUser actor) {
        change(
                id,
                actor,
                "event.structure.replaced",
                Map.of("connectionPoints", points.size(), "gridDays", grid.size()),
                event -> {
                    checkRoomSectors(event, points);
                    event.replaceStructure(points, grid);
                });
    }

    @Transactional
    public void addConnectionPoint(EventId id, ConnectionPoint point, AccountUser actor) {
        change(
                id,
                actor,
                "event.connection-point.added",
                Map.of("city", point.city()),
                e -> e.addConnectionPoint(point));
    }

    @Transactional
    public void removeConnectionPoint(EventId id, long pointId, AccountUser actor) {
        change(
                id,
                actor,
                "event.connection-point.removed",
                Map.of("id", pointId),
                e -> e.removeConnectionPoint(pointId));
    }

    @Transactional
    public void addTradeRoom(EventId id, long pointId, TradeRoom room, AccountUser actor) {
        change(id, actor, "event.trade-room.added", Map.of("sector", room.sector()), e -> {
            Set<String> allowed = sectors.codes(id);
            if (!allowed.contains(room.sector())) {
                throw new InvalidInputException("sector", "event.room.error.sector-unknown", room.sector());
            }
            e.addTradeRoom(pointId, room);
        });
    }

    @Transactional
    public void removeTradeRoom(EventId id, long roomId, AccountUser actor) {
        change(id, actor, "event.trade-room.removed", Map.of("id", roomId), e -> e.removeTradeRoom(roomId));
    }

    @Transactional
    public void addGridDay(EventId id, GridDay day, AccountUser actor) {
        change(id, actor, "event.grid-day.added", Map.of("date", day.date().toString()), e -> e.addGridDay(day));
    }

    @Transactional
    public void removeGridDay(EventId id, LocalDate date, AccountUser actor) {
        change(id, actor, "event.grid-day.removed", Map.of("date", date.toString()), e -> e.removeGridDay(date));
    }

    /**
     * Moves the event to its next status.
     *
     * @throws org.ketnoi.shared.ConflictException when {@code target} is not the next status, or the
     *     event is not ready to open
     */
    @Transactional
    public void changeStatus(EventId id, EventStatus target, AccountUser actor) {
        Event event = manageable(id, actor);
        EventStatus from = event.status();
        event.changeStatus(target);
        events.save(event, clock.instant());
        audit.record(
                "event.status.changed",
                actor.id().value(),
                id.value(),
                Map.of("from", from.name(), "to", target.name()));
        publisher.publishEvent(new EventStatusChanged(id, from, target));
    }

    /** The event's audit log, newest first, for its organisers. */
    @Transactional(readOnly = true)
    public List<AuditEntry> auditLog(EventId id, AccountUser reader) {
        manageable(id, reader);
        return audit.forEvent(id.value(), 500);
    }

    private void change(EventId id, AccountUser actor, String code, Map<String, ?> data, Consumer<Event> change) {
        Event event = manageable(id, actor);
        change.accept(event);
        events.save(event, clock.instant());
        audit.record(code, actor.id().value(), id.value(), data);
        publisher.publishEvent(new EventUpdated(id));
    }

    /**
     * Trade rooms may only use the event's sectors; a room already stored keeps its sector even if the
     * organisers dropped that sector since, so sending the structure back unchanged never fails.
     */
    private void checkRoomSectors(Event event, List<ConnectionPoint> points) {
        Set<String> allowed = sectors.codes(event.id());
        Map<Long, String> stored = new HashMap<>();
        event.connectionPoints().forEach(p -> p.tradeRooms().forEach(r -> stored.put(r.id(), r.sector())));
        for (int i = 0; i < points.size(); i++) {
            List<TradeRoom> rooms = points.get(i).tradeRooms();
            for (int j = 0; j < rooms.size(); j++) {
                TradeRoom room = rooms.get(j);
                if (!allowed.contains(room.sector()) && !room.sector().equals(stored.get(room.id()))) {
                    throw new InvalidInputException(
                            "connectionPoints[" + i + "].tradeRooms[" + j + "].sector",
                            "event.room.error.sector-unknown",
                            room.sector());
                }
            }
        }
    }

    private Event manageable(EventId id, AccountUser actor) {
        Event event = get(id, actor);
        if (!access.canManage(event, actor)) {
            throw new ForbiddenException("event.error.not-organiser");
        }
        return event;
    }

    /** Organisers may pick only their own agencies (or keep those already chosen); admins any agency. */
    private void checkOrganizers(List<AgencyId> chosen, Set<AgencyId> existing, AccountUser actor) {
        if (chosen.isEmpty()) {
            throw new InvalidInputException("organizers", "event.error.no-agency");
        }
        if (organizations.all(chosen).size() != new HashSet<>(chosen).size()) {
            throw new InvalidInputException("organizers", "event.error.not-your-agency");
        }
        if (EventAccess.isAdmin(actor)) {
            return;
        }
        List<AgencyId> own = access.agenciesOf(actor);
        boolean allowed = chosen.stream().allMatch(a -> own.contains(a) || existing.contains(a));
        if (!allowed || chosen.stream().noneMatch(own::contains)) {
            throw new InvalidInputException("organizers", "event.error.not-your-agency");
        }
    }

    private static String title(EventDetails details) {
        return details.title().in(Language.VI);
    }
}
