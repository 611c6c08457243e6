package org.ketnoi.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.organization.AgencyId;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;

/**
 * The event aggregate. Every change goes through a method here that guards the rules: the status only
 * moves one step forward, an event opens only when it has a title, dates and a connection point, and
 * a closed event no longer changes.
 */
public final class Event {

    /** Used for the grid while an event has neither its own zone nor a connection point. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final long id;
    private EventDetails details;
    private EventStatus status;
    private List<ConnectionPoint> points;
    private List<GridDay> grid;

    Event(long id, EventDetails details, EventStatus status, List<ConnectionPoint> points, List<GridDay> grid) {
        this.id = id;
        this.details = details;
        this.status = status;
        this.points = List.copyOf(points);
        this.grid = sorted(grid);
    }

    static Event draft(EventDetails details) {
        check(details);
        return new Event(0, details, EventStatus.DRAFT, List.of(), List.of());
    }

    public EventId id() {
        return new EventId(id);
    }

    public EventDetails details() {
        return details;
    }

    public LocalizedText title() {
        return details.title();
    }

    public EventStatus status() {
        return status;
    }

    public List<AgencyId> organizers() {
        return details.organizers();
    }

    public List<ConnectionPoint> connectionPoints() {
        return points;
    }

    public List<GridDay> grid() {
        return grid;
    }

    /** The zone the grid is read in: the event's own, else the first connection point's. */
    public ZoneId zone() {
        if (details.timeZone() != null) {
            return details.timeZone();
        }
        return points.isEmpty() ? DEFAULT_ZONE : points.getFirst().timeZone();
    }

    /** Every meeting slot of the grid, day after day. */
    public List<Slot> slots() {
        return grid.stream().flatMap(day -> day.slots(zone()).stream()).toList();
    }

    public @Nullable Instant registrationOpens() {
        return details.registrationOpens();
    }

    public @Nullable Instant registrationCloses() {
        return details.registrationCloses();
    }

    public @Nullable LocalDate startDate() {
        return details.startDate();
    }

    public @Nullable LocalDate endDate() {
        return details.endDate();
    }

    void update(EventDetails changed) {
        requireNotClosed();
        check(changed);
        this.details = changed;
    }

    void replaceStructure(List<ConnectionPoint> newPoints, List<GridDay> newGrid) {
        requireNotClosed();
        this.points = List.copyOf(newPoints);
        this.grid = sorted(newGrid);
    }

    void addConnectionPoint(ConnectionPoint point) {
        requireNotClosed();
        List<ConnectionPoint> changed = new ArrayList<>(points);
        changed.add(point);
        keepingWallClock(() -> this.points = List.copyOf(changed));
    }

    void removeConnectionPoint(long pointId) {
        requireNotClosed();
        point(pointId);
        keepingWallClock(() ->
                this.points = points.stream().filter(p -> p.id() != pointId).toList());
    }

    /**
     * Without a zone of its own the event follows its first connection point, so adding or removing
     * that point moves its zone. The organiser entered the registration times as wall-clock times of
     * the zone shown then, so they keep their wall-clock value rather than their instant.
     */
    private void keepingWallClock(Runnable change) {
        ZoneId before = zone();
        change.run();
        ZoneId after = zone();
        if (!before.equals(after)) {
            this.details = new EventDetails(
                    details.title(),
                    details.description(),
                    details.kind(),
                    details.startDate(),
                    details.endDate(),
                    details.timeZone(),
                    rezoned(details.registrationOpens(), before, after),
                    rezoned(details.registrationCloses(), before, after),
                    details.organizers());
        }
    }

    private static @Nullable Instant rezoned(@Nullable Instant instant, ZoneId from, ZoneId to) {
        return instant == null
                ? null
                : instant.atZone(from).toLocalDateTime().atZone(to).toInstant();
    }

    void addTradeRoom(long pointId, TradeRoom room) {
        requireNotClosed();
        ConnectionPoint point = point(pointId);
        this.points =
                points.stream().map(p -> p == point ? p.withRoom(room) : p).toList();
    }

    void removeTradeRoom(long roomId) {
        requireNotClosed();
        this.points = points.stream().map(p -> p.withoutRoom(roomId)).toList();
    }

    void addGridDay(GridDay day) {
        requireNotClosed();
        if (grid.stream().anyMatch(d -> d.date().equals(day.date()))) {
            throw new InvalidInputException("date", "event.error.grid-day-exists");
        }
        List<GridDay> changed = new ArrayList<>(grid);
        changed.add(day);
        this.grid = sorted(changed);
    }

    void removeGridDay(LocalDate date) {
        requireNotClosed();
        this.grid = grid.stream().filter(d -> !d.date().equals(date)).toList();
    }

    /** Opens registration: the event becomes public. */
    void open() {
        changeStatus(EventStatus.OPEN);
    }

    void startScheduling() {
        changeStatus(EventStatus.SCHEDULING);
    }

    void start() {
        changeStatus(EventStatus.RUNNING);
    }

    void close() {
        changeStatus(EventStatus.CLOSED);
    }

    /**
     * Moves to the given status, which must be the next one.
     *
     * @throws ConflictException when the change is out of order or the event is not ready to open
     */
    void changeStatus(EventStatus target) {
        if (status.next().filter(target::equals).isEmpty()) {
            throw new ConflictException("event.error.transition", status.name(), target.name());
        }
        if (target == EventStatus.OPEN && !readyToOpen()) {
            throw new ConflictException("event.error.not-ready");
        }
        this.status = target;
    }

    /** An event opens only with a title, both dates and at least one connection point. */
    public boolean readyToOpen() {
        return !details.title().isEmpty()
                && details.startDate() != null
                && details.endDate() != null
                && !points.isEmpty();
    }

    private ConnectionPoint point(long pointId) {
        return points.stream()
                .filter(p -> p.id() == pointId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("event.error.point-not-found"));
    }

    private void requireNotClosed() {
        if (status == EventStatus.CLOSED) {
            throw new ConflictException("event.error.closed");
        }
    }

    private static void check(EventDetails details) {
        if (details.startDate() != null
                && details.endDate() != null
                && details.endDate().isBefore(details.startDate())) {
            throw new InvalidInputException("endDate", "event.error.end-before-start");
        }
        if (details.registrationOpens() != null
                && details.registrationCloses() != null
                && !details.registrationCloses().isAfter(details.registrationOpens())) {
            throw new InvalidInputException("registrationCloses", "event.error.closes-before-opens");
        }
    }

    private static List<GridDay> sorted(List<GridDay> days) {
        return days.stream().sorted(Comparator.comparing(GridDay::date)).toList();
    }
}
