package org.ketnoi.event.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.InterpreterDetails;
import org.ketnoi.event.InterpreterService;
import org.ketnoi.event.LanguagePair;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Interpreters", description = "An event's interpreters; for its organisers")
class InterpreterApi {

    /**
     * An interpreter as the API shows it.
     *
     * @param connectionPoint the in-person connection point, or null for a remote interpreter
     * @param pairs language pairs written {@code VI-ZH}, {@code VI-EN}, {@code ZH-EN}
     * @param unavailable starts of the slots they cannot work in, with the offset of their zone
     */
    record InterpreterJson(
            long id,
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable Long connectionPoint,
            List<String> pairs,
            String zone,
            List<String> unavailable) {}

    /** What a client sends to add or change an interpreter. */
    record InterpreterInput(
            @Nullable String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable Long connectionPoint,
            @Nullable List<String> pairs) {

        InterpreterDetails details() {
            return new InterpreterDetails(
                    name == null ? "" : name, email, phone, connectionPoint, InterpreterForm.pairs(pairs));
        }
    }

    record AvailabilityChange(@Nullable List<String> unavailable) {}

    private final InterpreterService interpreters;
    private final EventService events;

    InterpreterApi(InterpreterService interpreters, EventService events) {
        this.interpreters = interpreters;
        this.events = events;
    }

    @GetMapping("/api/v1/events/{eventId}/interpreters")
    @Operation(summary = "The event's interpreters, by name")
    List<InterpreterJson> list(@PathVariable long eventId, @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser reader = AvailabilityApi.signedIn(user);
        EventId id = new EventId(eventId);
        List<Interpreter> all = interpreters.list(id, reader);
        Event event = events.get(id, reader);
        return all.stream().map(i -> json(event, i, reader)).toList();
    }

    @PostMapping("/api/v1/events/{eventId}/interpreters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an interpreter (name, at least one language pair, an in-person point or none)")
    InterpreterJson add(
            @PathVariable long eventId,
            @RequestBody InterpreterInput input,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = AvailabilityApi.signedIn(user);
        EventId id = new EventId(eventId);
        long created = interpreters.add(id, input.details(), actor);
        return one(id, created, actor);
    }

    @PutMapping("/api/v1/events/{eventId}/interpreters/{interpreterId}")
    @Operation(summary = "Change an interpreter's details")
    InterpreterJson change(
            @PathVariable long eventId,
            @PathVariable long interpreterId,
            @RequestBody InterpreterInput input,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = AvailabilityApi.signedIn(user);
        EventId id = new EventId(eventId);
        interpreters.change(id, interpreterId, input.details(), actor);
        return one(id, interpreterId, actor);
    }

    @PutMapping("/api/v1/events/{eventId}/interpreters/{interpreterId}/availability")
    @Operation(summary = "Replace the slots an interpreter cannot work in; every start must be a slot of the event")
    InterpreterJson availability(
            @PathVariable long eventId,
            @PathVariable long interpreterId,
            @RequestBody AvailabilityChange change,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = AvailabilityApi.signedIn(user);
        EventId id = new EventId(eventId);
        interpreters.replaceUnavailability(id, interpreterId, SlotGrid.parse(change.unavailable()), actor);
        return one(id, interpreterId, actor);
    }

    @DeleteMapping("/api/v1/events/{eventId}/interpreters/{interpreterId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an interpreter; refused (409) while a schedule version places them in a meeting")
    void remove(
            @PathVariable long eventId,
            @PathVariable long interpreterId,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        interpreters.remove(new EventId(eventId), interpreterId, AvailabilityApi.signedIn(user));
    }

    private InterpreterJson one(EventId id, long interpreter, AccountUser reader) {
        Event event = events.get(id, reader);
        return json(event, interpreters.get(id, interpreter, reader), reader);
    }

    private InterpreterJson json(Event event, Interpreter interpreter, AccountUser reader) {
        var zone = InterpreterService.zone(event, interpreter);
        return new InterpreterJson(
                interpreter.id(),
                interpreter.name(),
                interpreter.email(),
                interpreter.phone(),
                interpreter.connectionPoint(),
                interpreter.pairs().stream()
                        .map(LanguagePair::toString)
                        .sorted()
                        .toList(),
                zone.getId(),
                SlotGrid.written(interpreters.unavailability(event.id(), interpreter.id(), reader), zone));
    }
}
