package org.ketnoi.event;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event's interpreters, managed by its organisers only: who they are, the language pairs they
 * cover, where they work (an in-person connection point, or remotely for online meetings) and the
 * slots they cannot work in. Every change is checked, audited and published ({@link InterpreterAdded},
 * {@link InterpreterChanged}, {@link InterpreterRemoved}). An interpreter placed in a meeting of a
 * schedule version is not removed: the scheduler has to be re-run without them first.
 */
@Service
public class InterpreterService {

    static final int MAX_NAME = 300;
    static final int MAX_EMAIL = 320;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ().-]{3,50}");

    private final EventRepository events;
    private final EventAccess access;
    private final EventResourceRepository resources;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    InterpreterService(
            EventRepository events,
            EventAccess access,
            EventResourceRepository resources,
            AuditLog audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.access = access;
        this.resources = resources;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * The event's interpreters, by name.
     *
     * @throws EventNotFoundException when the event is hidden from the reader
     * @throws ForbiddenException unless the reader organises the event
     */
    @Transactional(readOnly = true)
    public List<Interpreter> list(EventId id, AccountUser reader) {
        manageable(id, reader);
        return resources.interpreters(id);
    }

    /** One interpreter of the event; other events' interpreters are "not found". */
    @Transactional(readOnly = true)
    public Interpreter get(EventId id, long interpreter, AccountUser reader) {
        manageable(id, reader);
        return find(id, interpreter);
    }

    /** The starts of the slots the interpreter cannot work in. */
    @Transactional(readOnly = true)
    public Set<Instant> unavailability(EventId id, long interpreter, AccountUser reader) {
        manageable(id, reader);
        find(id, interpreter);
        return resources.interpreterUnavailability(id, interpreter);
    }

    /** The zone the interpreter reads times in: their connection point's, else the event's. */
    public static ZoneId zone(Event event, Interpreter interpreter) {
        return SlotChoice.zoneOf(event, interpreter.connectionPoint());
    }

    /**
     * Adds an interpreter.
     *
     * @throws InvalidInputException on {@code name}, {@code email}, {@code phone}, {@code connectionPoint}
     *     or {@code pairs}; nothing is stored then
     * @throws ConflictException when the event is closed
     */
    @Transactional
    public long add(EventId id, InterpreterDetails details, AccountUser actor) {
        Event event = changeable(id, actor);
        InterpreterDetails clean = check(event, details);
        long created = resources.insertInterpreter(id, clean, clock.instant());
        audit.record("event.interpreter.added", actor.id().value(), id.value(), data(created, clean));
        publisher.publishEvent(new InterpreterAdded(id, created));
        return created;
    }

    /** Changes an interpreter's details; checked as {@link #add}. */
    @Transactional
    public void change(EventId id, long interpreter, InterpreterDetails details, AccountUser actor) {
        Event event = changeable(id, actor);
        find(id, interpreter);
        InterpreterDetails clean = check(event, details);
        resources.updateInterpreter(id, interpreter, clean, clock.instant());
        audit.record("event.interpreter.changed", actor.id().value(), id.value(), data(interpreter, clean));
        publisher.publishEvent(new InterpreterChanged(id, interpreter));
    }

    /**
     * Replaces the slots the interpreter cannot work in.
     *
     * @throws InvalidInputException on {@code unavailable} when a start is not a slot of the event
     */
    @Transactional
    public void replaceUnavailability(
            EventId id, long interpreter, Collection<Instant> unavailable, AccountUser actor) {
        Event event = changeable(id, actor);
        Interpreter current = find(id, interpreter);
        Set<Instant> chosen = SlotChoice.check(event, unavailable, "unavailable", zone(event, current));
        resources.replaceInterpreterUnavailability(id, interpreter, chosen);
        audit.record(
                "event.interpreter.availability-changed",
                actor.id().value(),
                id.value(),
                Map.of("interpreterId", interpreter, "unavailable", chosen.size()));
        publisher.publishEvent(new InterpreterChanged(id, interpreter));
    }

    /**
     * Removes an interpreter and their unavailable slots.
     *
     * @throws ConflictException when a schedule version places them in a meeting
     */
    @Transactional
    public void remove(EventId id, long interpreter, AccountUser actor) {
        changeable(id, actor);
        Interpreter current = find(id, interpreter);
        if (resources.scheduledMeetings(id, interpreter) > 0) {
            throw new ConflictException("interpreter.error.scheduled", current.name());
        }
        try {
            resources.deleteInterpreter(id, interpreter);
        } catch (DataIntegrityViolationException raced) {
            // A schedule placed them between the check and the delete: the foreign key decides.
            throw new ConflictException("interpreter.error.scheduled", current.name());
        }
        audit.record(
                "event.interpreter.removed",
                actor.id().value(),
                id.value(),
                Map.of("interpreterId", interpreter, "name", current.name()));
        publisher.publishEvent(new InterpreterRemoved(id, interpreter));
    }

    private Interpreter find(EventId id, long interpreter) {
        return resources
                .interpreter(id, interpreter)
                .orElseThrow(() -> new NotFoundException("interpreter.error.not-found"));
    }

    static InterpreterDetails check(Event event, InterpreterDetails details) {
        String name = details.name() == null ? "" : details.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("name", "interpreter.error.name-required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "interpreter.error.name-too-long", MAX_NAME);
        }
        String email = blankToNull(details.email());
        if (email != null
                && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new InvalidInputException("email", "interpreter.error.email-invalid");
        }
        String phone = blankToNull(details.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("phone", "interpreter.error.phone-invalid");
        }
        Long point = details.connectionPoint();
        if (point != null
                && event.connectionPoints().stream()
                        .noneMatch(p -> p.id() == point && p.mode() == ConnectionPointMode.IN_PERSON)) {
            throw new InvalidInputException("connectionPoint", "interpreter.error.point-invalid");
        }
        if (details.pairs().isEmpty()) {
            throw new InvalidInputException("pairs", "interpreter.error.pairs-required");
        }
        return new InterpreterDetails(name, email, phone, point, details.pairs());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> data(long interpreter, InterpreterDetails details) {
        Map<String, Object> data = new HashMap<>();
        data.put("interpreterId", interpreter);
        data.put("name", details.name());
        data.put("pairs", EventResourceRepository.pairsText(details.pairs()));
        data.put("connectionPoint", details.connectionPoint() == null ? "remote" : details.connectionPoint());
        return data;
    }

    private Event manageable(EventId id, AccountUser actor) {
        Event event = events.find(id).orElseThrow(() -> new EventNotFoundException(id));
        if (!access.canSee(event, actor)) {
            throw new EventNotFoundException(id);
        }
        if (!access.canManage(event, actor)) {
            throw new ForbiddenException("event.error.not-organiser");
        }
        return event;
    }

    private Event changeable(EventId id, AccountUser actor) {
        Event event = manageable(id, actor);
        if (event.status() == EventStatus.CLOSED) {
            throw new ConflictException("event.error.closed");
        }
        return event;
    }
}
