package org.ketnoi.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.catalog.ListingId;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingRequest;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.meeting.NewMeetingRequest;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Meeting requests", description = "A participant's own meeting requests in an event")
class MeetingRequestApi {

    record Side(long participation, long company, String name) {}

    record ListingRef(long id, String title) {}

    record Request(
            long id,
            String status,
            Side own,
            Side other,
            boolean received,
            boolean byOrganiser,
            @Nullable String message,
            @Nullable String reason,
            List<ListingRef> listings,
            List<String> actions,
            Instant requestedAt,
            Instant expiresAt) {}

    record Create(
            @Nullable Long from,
            @NotNull Long to,
            @Nullable @Size(max = 2000) String message,
            @Nullable @Size(max = 10) List<Long> listings) {}

    record Decline(@Nullable @Size(max = 1000) String reason) {}

    private final MeetingRequests meetings;
    private final EventService events;
    private final RequestRows rows;

    MeetingRequestApi(MeetingRequests meetings, EventService events, RequestRows rows) {
        this.meetings = meetings;
        this.events = events;
        this.rows = rows;
    }

    @GetMapping("/api/v1/events/{eventId}/meeting-requests")
    @Operation(summary = "The requests the caller's companies are a side of in the event, newest first")
    List<Request> list(@PathVariable long eventId, @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser caller = signedIn(user);
        return rows.rows(meetings.mine(new EventId(eventId), caller), language()).stream()
                .map(MeetingRequestApi::json)
                .toList();
    }

    @PostMapping("/api/v1/events/{eventId}/meeting-requests")
    @Operation(summary = "Ask another approved participant for a meeting")
    ResponseEntity<Request> create(
            @PathVariable long eventId,
            @Valid @RequestBody Create body,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser caller = signedIn(user);
        EventId event = new EventId(eventId);
        List<ListingId> about = body.listings() == null
                ? List.of()
                : body.listings().stream().map(ListingId::new).toList();
        MeetingRequestId id = meetings.request(
                event,
                new NewMeetingRequest(
                        body.from() == null ? null : new ParticipationId(body.from()),
                        new ParticipationId(body.to()),
                        body.message(),
                        about),
                caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(one(event, id, caller));
    }

    @PostMapping("/api/v1/events/{eventId}/meeting-requests/{id}/accept")
    @Operation(summary = "Accept a request the caller's side has not answered")
    Request accept(
            @PathVariable long eventId, @PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser caller = signedIn(user);
        meetings.accept(new EventId(eventId), new MeetingRequestId(id), caller);
        return one(new EventId(eventId), new MeetingRequestId(id), caller);
    }

    @PostMapping("/api/v1/events/{eventId}/meeting-requests/{id}/decline")
    @Operation(summary = "Decline a request, with an optional reason the other side sees")
    Request decline(
            @PathVariable long eventId,
            @PathVariable long id,
            @Valid @RequestBody(required = false) @Nullable Decline body,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser caller = signedIn(user);
        meetings.decline(new EventId(eventId), new MeetingRequestId(id), body == null ? null : body.reason(), caller);
        return one(new EventId(eventId), new MeetingRequestId(id), caller);
    }

    @PostMapping("/api/v1/events/{eventId}/meeting-requests/{id}/cancel")
    @Operation(summary = "Call off the caller's request or an accepted meeting")
    Request cancel(
            @PathVariable long eventId, @PathVariable long id, @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser caller = signedIn(user);
        meetings.cancel(new EventId(eventId), new MeetingRequestId(id), caller);
        return one(new EventId(eventId), new MeetingRequestId(id), caller);
    }

    private Request one(EventId event, MeetingRequestId id, AccountUser caller) {
        return rows.rows(meetings.mine(event, caller), language()).stream()
                .filter(r -> r.request().id().equals(id))
                .findFirst()
                .map(MeetingRequestApi::json)
                .orElseThrow(() -> new org.ketnoi.shared.NotFoundException("meeting.error.not-found"));
    }

    private static Request json(RequestRows.Row row) {
        MeetingRequest r = row.request();
        return new Request(
                r.id().value(),
                r.status().name(),
                new Side(row.side().value(), r.companyOf(row.side()).value(), row.ownName()),
                new Side(r.pair().other(row.side()).value(), row.otherCompany().value(), row.otherName()),
                row.received(),
                r.byOrganiser(),
                r.message(),
                r.reason(),
                row.listings().stream()
                        .map(l -> new ListingRef(l.id(), l.title()))
                        .toList(),
                row.actions().stream().map(Enum::name).toList(),
                r.requestedAt(),
                r.expiresAt());
    }

    private static AccountUser signedIn(@Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        return user;
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
