package org.ketnoi.scheduling.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.i18n.Language;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.scheduling.ScheduleDrafts;
import org.ketnoi.scheduling.SchedulePublished;
import org.ketnoi.scheduling.ScheduleRuns;
import org.ketnoi.scheduling.ScheduleStatus;
import org.ketnoi.scheduling.ScheduleView;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Schedule", description = "Organisers: solve runs, the draft and published schedule, the event's meetings")
class ScheduleApi {

    record Unscheduled(long requestId, long first, long second, String reason, String reasonText, int priority) {}

    record Warning(String code, String message) {}

    record Schedule(
            @Nullable Integer version,
            String status,
            List<ScheduleJson.Meeting> meetings,
            List<Unscheduled> unscheduled,
            List<Warning> warnings) {}

    record Change(
            String kind, long requestId, ScheduleJson.@Nullable Meeting before, ScheduleJson.@Nullable Meeting after) {}

    record Published(int version, @Nullable Integer previousVersion, List<Long> changedParticipants) {}

    /** A move when {@code slot} is given (optionally with a room and table), and/or a pin change. */
    record MeetingChange(
            @Nullable Instant slot,
            @Nullable Long tradeRoom,
            @Nullable Integer table,
            @Nullable Boolean pinned) {}

    record Priority(
            @NotNull @Min(0) @Max(ScheduleDrafts.MAX_PRIORITY)
            Integer priority) {}

    private final ScheduleRuns runs;
    private final ScheduleDrafts drafts;
    private final MessageSource messages;

    ScheduleApi(ScheduleRuns runs, ScheduleDrafts drafts, MessageSource messages) {
        this.runs = runs;
        this.drafts = drafts;
        this.messages = messages;
    }

    @PostMapping("/api/v1/events/{eventId}/schedule-runs")
    @Operation(summary = "Start a solve run; it writes a new draft when it finishes or is stopped")
    ResponseEntity<ScheduleJson.Run> start(
            @PathVariable long eventId, @AuthenticationPrincipal @Nullable AccountUser user) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(ScheduleJson.run(runs.start(new EventId(eventId), signedIn(user))));
    }

    @GetMapping("/api/v1/events/{eventId}/schedule-runs/{runId}")
    @Operation(summary = "A run's status and progress")
    ScheduleJson.Run run(
            @PathVariable long eventId, @PathVariable long runId, @AuthenticationPrincipal @Nullable AccountUser user) {
        return ScheduleJson.run(runs.run(new EventId(eventId), runId, signedIn(user)));
    }

    @PostMapping("/api/v1/events/{eventId}/schedule-runs/{runId}/stop")
    @Operation(summary = "Stop a run; it keeps the best schedule found so far")
    ScheduleJson.Run stop(
            @PathVariable long eventId, @PathVariable long runId, @AuthenticationPrincipal @Nullable AccountUser user) {
        runs.stop(new EventId(eventId), runId, signedIn(user));
        return ScheduleJson.run(runs.run(new EventId(eventId), runId, signedIn(user)));
    }

    @GetMapping("/api/v1/events/{eventId}/schedule")
    @Operation(summary = "The draft or the published schedule, with unscheduled requests and warnings")
    Schedule schedule(
            @PathVariable long eventId,
            @RequestParam(defaultValue = "draft") String version,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        ScheduleStatus status = switch (version) {
            case "draft" -> ScheduleStatus.DRAFT;
            case "published" -> ScheduleStatus.PUBLISHED;
            default -> throw new InvalidInputException("version", "scheduling.error.version");
        };
        ScheduleView view = drafts.view(new EventId(eventId), status, signedIn(user));
        Language language = Language.of(locale());
        List<org.ketnoi.event.Interpreter> interpreters =
                List.copyOf(view.interpreters().values());
        return new Schedule(
                view.version(),
                status.name(),
                view.meetings().stream()
                        .map(m -> ScheduleJson.meeting(m, view.event(), interpreters, language))
                        .toList(),
                view.unscheduled().stream()
                        .map(u -> new Unscheduled(
                                u.request().value(),
                                u.first().value(),
                                u.second().value(),
                                u.reason(),
                                messages.getMessage("scheduling.reason." + u.reason(), null, locale()),
                                u.priority()))
                        .toList(),
                view.warnings().stream()
                        .map(w -> new Warning(w.code(), messages.getMessage(w.messageKey(), w.args(), locale())))
                        .toList());
    }

    @PatchMapping("/api/v1/events/{eventId}/schedule/meetings/{requestId}")
    @Operation(summary = "Move a draft meeting (slot start, optional trade room and table) and/or pin or unpin it")
    ResponseEntity<Void> change(
            @PathVariable long eventId,
            @PathVariable long requestId,
            @RequestBody MeetingChange body,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        AccountUser caller = signedIn(user);
        EventId event = new EventId(eventId);
        MeetingRequestId request = new MeetingRequestId(requestId);
        if (body.slot() == null && body.pinned() == null) {
            throw new InvalidInputException("slot", "scheduling.error.nothing-to-change");
        }
        if (body.slot() == null && (body.tradeRoom() != null || body.table() != null)) {
            throw new InvalidInputException("slot", "scheduling.error.slot-invalid");
        }
        if (body.slot() != null) {
            drafts.move(event, request, body.slot(), body.tradeRoom(), body.table(), caller);
        }
        if (body.pinned() != null && (body.slot() == null || !body.pinned())) {
            drafts.pin(event, request, body.pinned(), caller);
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/events/{eventId}/schedule/meetings/{requestId}")
    @Operation(summary = "Take a meeting out of the draft; re-runs leave it out until it is restored")
    ResponseEntity<Void> remove(
            @PathVariable long eventId,
            @PathVariable long requestId,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        drafts.remove(new EventId(eventId), new MeetingRequestId(requestId), signedIn(user));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/events/{eventId}/schedule/requests/{requestId}/restore")
    @Operation(summary = "Let a removed request back into the next run")
    ResponseEntity<Void> restore(
            @PathVariable long eventId,
            @PathVariable long requestId,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        drafts.restore(new EventId(eventId), new MeetingRequestId(requestId), signedIn(user));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/events/{eventId}/schedule/requests/{requestId}/priority")
    @Operation(summary = "Set an accepted request's organiser priority (0 normal – 3 top), used from the next run")
    ResponseEntity<Void> priority(
            @PathVariable long eventId,
            @PathVariable long requestId,
            @Valid @RequestBody Priority body,
            @AuthenticationPrincipal @Nullable AccountUser user) {
        drafts.prioritise(new EventId(eventId), new MeetingRequestId(requestId), body.priority(), signedIn(user));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/events/{eventId}/schedule/changes")
    @Operation(summary = "What publishing the draft would add, move or remove against the published schedule")
    List<Change> changes(@PathVariable long eventId, @AuthenticationPrincipal @Nullable AccountUser user) {
        EventId event = new EventId(eventId);
        AccountUser caller = signedIn(user);
        ScheduleView view = drafts.view(event, ScheduleStatus.DRAFT, caller);
        List<org.ketnoi.event.Interpreter> interpreters =
                List.copyOf(view.interpreters().values());
        Language language = Language.of(locale());
        return drafts.changes(event, caller).stream()
                .map(c -> new Change(
                        c.kind(),
                        c.request().value(),
                        c.before() == null
                                ? null
                                : ScheduleJson.meeting(c.before(), view.event(), interpreters, language),
                        c.after() == null
                                ? null
                                : ScheduleJson.meeting(c.after(), view.event(), interpreters, language)))
                .toList();
    }

    @PostMapping("/api/v1/events/{eventId}/schedule/publish")
    @Operation(summary = "Publish the draft; the previous published version is superseded")
    Published publish(@PathVariable long eventId, @AuthenticationPrincipal @Nullable AccountUser user) {
        SchedulePublished published = drafts.publish(new EventId(eventId), signedIn(user));
        return new Published(
                published.version(),
                published.previousVersion(),
                published.changed().stream().map(p -> p.value()).sorted().toList());
    }

    @GetMapping("/api/v1/events/{eventId}/meetings")
    @Operation(summary = "Organisers: every meeting of the published schedule, times with offset")
    List<ScheduleJson.Meeting> meetings(
            @PathVariable long eventId, @AuthenticationPrincipal @Nullable AccountUser user) {
        ScheduleView view = drafts.view(new EventId(eventId), ScheduleStatus.PUBLISHED, signedIn(user));
        List<org.ketnoi.event.Interpreter> interpreters =
                List.copyOf(view.interpreters().values());
        Language language = Language.of(locale());
        return view.meetings().stream()
                .map(m -> ScheduleJson.meeting(m, view.event(), interpreters, language))
                .toList();
    }

    private static AccountUser signedIn(@Nullable AccountUser user) {
        if (user == null) {
            throw new ForbiddenException("api.problem.forbidden");
        }
        return user;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
