package org.ketnoi.event.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Trade promotion events, their connection points, trade rooms and grid")
class EventApi {

    private final EventService events;
    private final EventJsonMapper mapper;

    EventApi(EventService events, EventJsonMapper mapper) {
        this.events = events;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "Published events, plus the caller's own drafts")
    List<EventJson.Response> list(@AuthenticationPrincipal @Nullable AccountUser user) {
        return events.visibleTo(user).stream().map(mapper::response).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event; drafts only for their organisers (404 otherwise)")
    EventJson.Response get(@PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user) {
        return mapper.response(events.get(new EventId(id), user));
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Create a draft event (organisers and admins)")
    ResponseEntity<EventJson.Response> create(
            @Valid @RequestBody EventJson.Request request, @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = signedIn(user);
        var details = mapper.details(request);
        var points = mapper.points(request);
        var grid = mapper.grid(request);
        EventId id = events.create(details, actor);
        if (!points.isEmpty() || !grid.isEmpty()) {
            events.replaceStructure(id, points, grid, actor);
        }
        return ResponseEntity.created(URI.create("/api/v1/events/" + id.value()))
                .body(mapper.response(events.get(id, actor)));
    }

    @PutMapping("/{id}")
    @Transactional
    @Operation(summary = "Replace an event's details, connection points and grid")
    EventJson.Response update(
            @PathVariable long id,
            @Valid @RequestBody EventJson.Request request,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = signedIn(user);
        EventId eventId = new EventId(id);
        var details = mapper.details(request);
        var points = mapper.points(request);
        var grid = mapper.grid(request);
        events.update(eventId, details, actor);
        events.replaceStructure(eventId, points, grid, actor);
        return mapper.response(events.get(eventId, actor));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move the event to its next status (409 when out of order)")
    EventJson.Response changeStatus(
            @PathVariable long id,
            @Valid @RequestBody EventJson.StatusChange change,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser actor = signedIn(user);
        events.changeStatus(new EventId(id), change.status(), actor);
        return mapper.response(events.get(new EventId(id), actor));
    }

    /** The security chain already answers 401 to anonymous writes; this keeps the types honest. */
    private static AccountUser signedIn(@Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        return user;
    }
}
