package org.ketnoi.event.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyId;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventService;
import org.ketnoi.event.ParticipantRole;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.event.Registration;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ForbiddenException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Participants", description = "The approved participants of an event; changing one's registration")
class ParticipantApi {

    /** A company as the directory shows it: name and province in the request language. */
    record Company(
            long id, String name, String country, @Nullable String province) {}

    record Participant(long id, Company company, String role, String connectionPoint, String attendance) {}

    /** What a member may change in a registration. */
    record RegistrationChange(
            @NotNull ParticipantRole role,
            @NotNull Long connectionPoint,
            @NotNull Attendance attendance,
            @Nullable List<String> languages) {}

    /** A registration's status after a change or a withdrawal. */
    record RegistrationStatus(long id, String status) {}

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

    @PutMapping("/api/v1/events/{eventId}/participants/{participationId}")
    @Operation(
            summary = "Change a registration of one's company (pending, or approved while the event is open;"
                    + " a new role or connection point needs approval again)")
    RegistrationStatus change(
            @PathVariable long eventId,
            @PathVariable long participationId,
            @Valid @RequestBody RegistrationChange change,
            @AuthenticationPrincipal AccountUser user) {
        Set<Language> spoken = EnumSet.noneOf(Language.class);
        if (change.languages() != null) {
            change.languages().forEach(tag -> Language.fromTag(tag).ifPresent(spoken::add));
        }
        // The company is the registration's own; the service ignores the one given here.
        Registration wanted = new Registration(
                new CompanyId(0), change.role(), change.connectionPoint(), change.attendance(), spoken);
        ParticipationStatus status =
                participation.change(new EventId(eventId), new ParticipationId(participationId), wanted, user);
        return new RegistrationStatus(participationId, status.name());
    }

    @PostMapping("/api/v1/events/{eventId}/participants/{participationId}/withdraw")
    @Operation(summary = "Withdraw a pending or approved registration of one's company before the event runs")
    RegistrationStatus withdraw(
            @PathVariable long eventId, @PathVariable long participationId, @AuthenticationPrincipal AccountUser user) {
        participation.withdraw(new EventId(eventId), new ParticipationId(participationId), user);
        return new RegistrationStatus(participationId, ParticipationStatus.WITHDRAWN.name());
    }
}
