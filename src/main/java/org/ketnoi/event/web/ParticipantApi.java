package org.ketnoi.event.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Participants", description = "The approved participants of an event")
class ParticipantApi {

    /** A company as the directory shows it: name and province in the request language. */
    record Company(
            long id, String name, String country, @Nullable String province) {}

    record Participant(long id, Company company, String role, String connectionPoint, String attendance) {}

    private final ParticipationService participation;
    private final EventService events;
    private final ParticipantRows rows;

    ParticipantApi(ParticipationService participation, EventService events, ParticipantRows rows) {
        this.participation = participation;
        this.events = events;
        this.rows = rows;
    }

    @GetMapping("/api/v1/events/{eventId}/participants")
    @Operation(summary = "Approved participants; for the event's organisers and approved participants only")
    List<Participant> list(@PathVariable long eventId, @AuthenticationPrincipal @Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        EventId id = new EventId(eventId);
        var approved = participation.directory(id, user);
        Event event = events.get(id, user);
        Language language = Language.of(LocaleContextHolder.getLocale());
        return rows.rows(event, approved, language).stream()
                .map(row -> new Participant(
                        row.participation().id().value(),
                        new Company(
                                row.company().id().value(),
                                row.companyName(),
                                row.company().country(),
                                row.provinceName()),
                        row.participation().role().name(),
                        row.connectionPointName(),
                        row.participation().attendance().name()))
                .toList();
    }
}
