package org.ketnoi.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.EventId;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.Slot;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.meeting.MeetingRequest;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.scheduling.plan.PlanMeeting;
import org.ketnoi.scheduling.plan.PlanProblem;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' work on an event's schedule: reading the draft or the published version with its
 * warnings, pinning, moving and removing draft meetings, priorities, and publishing with the list of
 * what changed. Edits of one draft take turns (the draft row is locked); the database's unique keys
 * on seats, tables and interpreters per slot stop double booking all the same. Every change is audited.
 */
@Service
public class ScheduleDrafts {

    public static final int MAX_PRIORITY = 3;

    private final PlanningInputs inputs;
    private final ScheduleRepository schedules;
    private final PublishedScheduleRepository versions;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ScheduleDrafts(
            PlanningInputs inputs,
            ScheduleRepository schedules,
            PublishedScheduleRepository versions,
            AuditLog audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.inputs = inputs;
        this.schedules = schedules;
        this.versions = versions;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * The draft or the published version (empty when the event has none), with its unscheduled
     * requests and warnings.
     *
     * @throws NotFoundException unless the user organises the event
     */
    @Transactional(readOnly = true)
    public ScheduleView view(EventId event, ScheduleStatus status, AccountUser organiser) {
        Planning planning = inputs.build(event, organiser);
        Map<ParticipationId, Participation> participants =
                planning.participants().stream().collect(Collectors.toMap(Participation::id, Function.identity()));
        Map<Long, Interpreter> interpreters =
                planning.interpreters().stream().collect(Collectors.toMap(Interpreter::id, Function.identity()));
        Optional<ScheduleRepository.Version> version = schedules.version(event, status);
        if (version.isEmpty()) {
            return new ScheduleView(
                    planning.event(),
                    null,
                    status,
                    List.of(),
                    List.of(),
                    List.of(),
                    participants,
                    interpreters,
                    planning.priorities());
        }
        List<ScheduledMeeting> meetings = versions.meetings(event, version.get().version());
        Map<MeetingRequestId, MeetingRequest> requests = new HashMap<>();
        planning.requests().forEach(r -> requests.put(r.id(), r));
        planning.removed().forEach(r -> requests.put(r.id(), r));
        List<UnscheduledRequest> unscheduled = new ArrayList<>();
        schedules.unscheduled(event, version.get().id()).forEach((request, reason) -> {
            MeetingRequest r = requests.get(request);
            if (r != null) {
                unscheduled.add(new UnscheduledRequest(
                        request,
                        r.pair().first(),
                        r.pair().second(),
                        reason,
                        planning.priorities().getOrDefault(request, 0)));
            }
        });
        return new ScheduleView(
                planning.event(),
                version.get().version(),
                status,
                meetings,
                unscheduled,
                warnings(planning, version.get().version(), meetings, unscheduled),
                participants,
                interpreters,
                planning.priorities());
    }

    private List<ScheduleWarning> warnings(
            Planning planning, int version, List<ScheduledMeeting> meetings, List<UnscheduledRequest> unscheduled) {
        List<ScheduleWarning> warnings = new ArrayList<>();
        Set<ParticipationId> meeting = new HashSet<>();
        meetings.forEach(m -> {
            meeting.add(m.first());
            meeting.add(m.second());
        });
        Set<ParticipationId> asked = new LinkedHashSet<>();
        planning.requests().forEach(r -> {
            asked.add(r.pair().first());
            asked.add(r.pair().second());
        });
        asked.removeAll(meeting);
        if (!asked.isEmpty()) {
            warnings.add(new ScheduleWarning("no-meeting", List.of(asked.size())));
        }
        schedules
                .latestRun(planning.event().id())
                .filter(run -> Objects.equals(run.scheduleVersion(), version))
                .filter(run -> run.weight() < run.weightBound())
                .ifPresent(
                        run -> warnings.add(new ScheduleWarning("weight", List.of(run.weight(), run.weightBound()))));
        Map<String, Integer> missing = new TreeMap<>();
        PlanProblem problem = planning.problem();
        for (PlanMeeting m : problem.meetings()) {
            if (m.needsInterpreter() && m.interpreters().isEmpty()) {
                Participation a = planning.participants().get(m.first());
                Participation b = planning.participants().get(m.second());
                List<String> sides = new ArrayList<>(List.of(languages(a), languages(b)));
                sides.sort(null);
                missing.merge(String.join(" – ", sides), 1, Integer::sum);
            }
        }
        missing.forEach(
                (pair, count) -> warnings.add(new ScheduleWarning("interpreter-missing", List.of(pair, count))));
        Set<MeetingRequestId> known = new HashSet<>();
        meetings.forEach(m -> known.add(m.request()));
        unscheduled.forEach(u -> known.add(u.request()));
        long fresh = planning.requests().stream()
                .filter(r -> !known.contains(r.id()))
                .count();
        if (fresh > 0) {
            warnings.add(new ScheduleWarning("not-in-draft", List.of(fresh)));
        }
        return warnings;
    }

    private static String languages(Participation p) {
        return p.languages().stream().map(l -> l.name()).sorted().collect(Collectors.joining("/"));
    }

    /** Pins a draft meeting to its slot (re-runs keep it there) or unpins it. */
    @Transactional
    public void pin(EventId event, MeetingRequestId request, boolean pinned, AccountUser organiser) {
        inputs.organised(event, organiser);
        ScheduleRepository.Version draft = draft(event);
        ScheduledMeeting meeting = draftMeeting(event, draft, request);
        schedules.setPinned(draft.id(), meeting.id(), pinned);
        audit.record(
                pinned ? "scheduling.meeting.pinned" : "scheduling.meeting.unpinned",
                organiser.id().value(),
                event.value(),
                Map.of("requestId", request.value(), "version", draft.version()));
    }

    /**
     * Moves a draft meeting to another slot and, in person, optionally to another table of its
     * connection point (the first free one when none is given); it is pinned there.
     *
     * @throws InvalidInputException on {@code slot} (not in the grid, a side unavailable) or {@code
     *     table} (not at the meeting's connection point, or the meeting is online)
     * @throws ConflictException when a side, the table or every fitting interpreter is busy then
     */
    @Transactional
    public ScheduledMeeting move(
            EventId event,
            MeetingRequestId request,
            Instant slotStart,
            @Nullable Long room,
            @Nullable Integer table,
            AccountUser organiser) {
        Planning planning = inputs.build(event, organiser);
        ScheduleRepository.Version draft = draft(event);
        ScheduledMeeting meeting = draftMeeting(event, draft, request);
        int s = planning.slotIndex(slotStart)
                .orElseThrow(() -> new InvalidInputException("slot", "scheduling.error.slot-invalid"));
        Slot slot = planning.slots().get(s);
        int m = planning.meetingIndex(request)
                .orElseThrow(() -> new ConflictException("scheduling.error.not-accepted"));
        PlanMeeting planned = planning.problem().meetings().get(m);
        if (!planning.problem().participants().get(planned.first()).available().get(s)
                || !planning.problem()
                        .participants()
                        .get(planned.second())
                        .available()
                        .get(s)) {
            throw new InvalidInputException("slot", "scheduling.error.unavailable");
        }
        List<ScheduledMeeting> others = versions.meetings(event, draft.version()).stream()
                .filter(o -> o.id() != meeting.id() && o.start().equals(slot.start()))
                .toList();
        if (others.stream().anyMatch(o -> o.involves(meeting.first()) || o.involves(meeting.second()))) {
            throw new ConflictException("scheduling.error.participant-busy");
        }
        DraftWriter.Seat seat = seat(planning, meeting, room, table, others);
        Long interpreter = interpreter(planning, planned, meeting, s, others);
        ScheduledMeeting moved = DraftWriter.withSequence(
                new ScheduledMeeting(
                        meeting.id(),
                        event,
                        draft.version(),
                        request,
                        meeting.first(),
                        meeting.second(),
                        slot.start(),
                        slot.end(),
                        meeting.connectionPoint(),
                        seat == null ? null : seat.room(),
                        seat == null ? null : seat.table(),
                        meeting.onlineUrl(),
                        interpreter,
                        true,
                        meeting.uid(),
                        0),
                planning.published().get(request),
                new ScheduleRepository.Identity(meeting.uid(), meeting.sequence()));
        try {
            schedules.updateMeeting(draft.id(), moved);
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("scheduling.error.taken");
        }
        Map<String, Object> data = new HashMap<>();
        data.put("requestId", request.value());
        data.put("version", draft.version());
        data.put("from", meeting.start().toString());
        data.put("to", slot.start().toString());
        if (seat != null) {
            data.put("tradeRoom", seat.room());
            data.put("table", seat.table());
        }
        audit.record("scheduling.meeting.moved", organiser.id().value(), event.value(), data);
        return moved;
    }

    private static DraftWriter.@Nullable Seat seat(
            Planning planning,
            ScheduledMeeting meeting,
            @Nullable Long room,
            @Nullable Integer table,
            List<ScheduledMeeting> others) {
        if (meeting.online()) {
            if (room != null || table != null) {
                throw new InvalidInputException("table", "scheduling.error.online-meeting");
            }
            return null;
        }
        ConnectionPoint point = planning.event().connectionPoints().stream()
                .filter(p -> Objects.equals(p.id(), meeting.connectionPoint()))
                .findFirst()
                .orElseThrow(() -> new ConflictException("scheduling.error.point-gone"));
        Set<String> taken = new HashSet<>();
        for (ScheduledMeeting o : others) {
            if (o.tradeRoom() != null && o.table() != null) {
                taken.add(o.tradeRoom() + "/" + o.table());
            }
        }
        long wantedRoom = room != null ? room : Objects.requireNonNull(meeting.tradeRoom());
        TradeRoom chosen = point.tradeRooms().stream()
                .filter(r -> r.id() == wantedRoom)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("table", "scheduling.error.table-invalid"));
        if (table != null) {
            if (table < 1 || table > chosen.tables()) {
                throw new InvalidInputException("table", "scheduling.error.table-invalid");
            }
            if (taken.contains(chosen.id() + "/" + table)) {
                throw new ConflictException("scheduling.error.table-taken");
            }
            return new DraftWriter.Seat(chosen.id(), table);
        }
        List<TradeRoom> order = new ArrayList<>();
        order.add(chosen);
        if (room == null) {
            point.tradeRooms().stream().filter(r -> r.id() != chosen.id()).forEach(order::add);
        }
        for (TradeRoom r : order) {
            for (int t = 1; t <= r.tables(); t++) {
                if (!taken.contains(r.id() + "/" + t)) {
                    return new DraftWriter.Seat(r.id(), t);
                }
            }
        }
        throw new ConflictException("scheduling.error.table-taken");
    }

    private static @Nullable Long interpreter(
            Planning planning, PlanMeeting planned, ScheduledMeeting meeting, int slot, List<ScheduledMeeting> others) {
        if (!planned.needsInterpreter()) {
            return null;
        }
        Set<Long> busy = new HashSet<>();
        others.forEach(o -> {
            if (o.interpreter() != null) {
                busy.add(o.interpreter());
            }
        });
        List<Long> candidates = new ArrayList<>();
        if (meeting.interpreter() != null) {
            candidates.add(meeting.interpreter());
        }
        for (int i : planned.interpreters()) {
            candidates.add(planning.interpreters().get(i).id());
        }
        for (long id : candidates) {
            int index = indexOf(planning, id);
            if (index >= 0
                    && planned.interpreters().contains(index)
                    && planning.problem().interpreters().get(index).available().get(slot)
                    && !busy.contains(id)) {
                return id;
            }
        }
        throw new ConflictException("scheduling.error.no-interpreter");
    }

    private static int indexOf(Planning planning, long interpreter) {
        for (int i = 0; i < planning.interpreters().size(); i++) {
            if (planning.interpreters().get(i).id() == interpreter) {
                return i;
            }
        }
        return -1;
    }

    /** Takes a meeting out of the draft; it stays out of re-runs until restored. */
    @Transactional
    public void remove(EventId event, MeetingRequestId request, AccountUser organiser) {
        inputs.organised(event, organiser);
        ScheduleRepository.Version draft = draft(event);
        ScheduledMeeting meeting = draftMeeting(event, draft, request);
        schedules.deleteMeeting(draft.id(), meeting.id());
        schedules.deleteUnscheduled(draft.id(), request);
        schedules.insertUnscheduled(draft.id(), request, "REMOVED");
        int priority = schedules
                .settings(event)
                .getOrDefault(request, ScheduleRepository.Setting.DEFAULT)
                .priority();
        schedules.saveSetting(
                event,
                request,
                new ScheduleRepository.Setting(priority, true),
                organiser.id().value(),
                clock.instant());
        audit.record(
                "scheduling.meeting.removed",
                organiser.id().value(),
                event.value(),
                Map.of("requestId", request.value(), "version", draft.version()));
    }

    /** Lets a removed request back into the next run. */
    @Transactional
    public void restore(EventId event, MeetingRequestId request, AccountUser organiser) {
        inputs.organised(event, organiser);
        ScheduleRepository.Setting setting = schedules.settings(event).get(request);
        if (setting == null || !setting.removed()) {
            throw new ConflictException("scheduling.error.not-removed");
        }
        schedules.saveSetting(
                event,
                request,
                new ScheduleRepository.Setting(setting.priority(), false),
                organiser.id().value(),
                clock.instant());
        schedules.lockDraft(event).ifPresent(draft -> {
            schedules.deleteUnscheduled(draft.id(), request);
            schedules.insertUnscheduled(draft.id(), request, "NOT_RUN");
        });
        audit.record(
                "scheduling.request.restored",
                organiser.id().value(),
                event.value(),
                Map.of("requestId", request.value()));
    }

    /**
     * Sets an accepted request's priority, 0 (normal) to {@link #MAX_PRIORITY}; used from the next run.
     *
     * @throws InvalidInputException on {@code priority} out of range
     * @throws NotFoundException when the request is not an accepted request of the event
     */
    @Transactional
    public void prioritise(EventId event, MeetingRequestId request, int priority, AccountUser organiser) {
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw new InvalidInputException("priority", "scheduling.error.priority", MAX_PRIORITY);
        }
        Planning planning = inputs.build(event, organiser);
        boolean accepted = planning.meetingIndex(request).isPresent()
                || planning.removed().stream().anyMatch(r -> r.id().equals(request));
        if (!accepted) {
            throw new NotFoundException("scheduling.error.meeting-not-found");
        }
        boolean removed = schedules
                .settings(event)
                .getOrDefault(request, ScheduleRepository.Setting.DEFAULT)
                .removed();
        schedules.saveSetting(
                event,
                request,
                new ScheduleRepository.Setting(priority, removed),
                organiser.id().value(),
                clock.instant());
        audit.record(
                "scheduling.request.prioritised",
                organiser.id().value(),
                event.value(),
                Map.of("requestId", request.value(), "priority", priority));
    }

    /** What publishing the draft would change against the published version; empty without a draft. */
    @Transactional(readOnly = true)
    public List<ScheduleChange> changes(EventId event, AccountUser organiser) {
        inputs.organised(event, organiser);
        return schedules
                .version(event, ScheduleStatus.DRAFT)
                .map(draft -> diff(versions.meetings(event, draft.version()), published(event)))
                .orElse(List.of());
    }

    private List<ScheduledMeeting> published(EventId event) {
        return schedules
                .version(event, ScheduleStatus.PUBLISHED)
                .map(v -> versions.meetings(event, v.version()))
                .orElse(List.of());
    }

    static List<ScheduleChange> diff(List<ScheduledMeeting> draft, List<ScheduledMeeting> published) {
        Map<MeetingRequestId, ScheduledMeeting> before =
                published.stream().collect(Collectors.toMap(ScheduledMeeting::request, Function.identity()));
        List<ScheduleChange> changes = new ArrayList<>();
        Set<MeetingRequestId> seen = new HashSet<>();
        for (ScheduledMeeting after : draft) {
            seen.add(after.request());
            ScheduledMeeting old = before.get(after.request());
            if (old == null) {
                changes.add(new ScheduleChange(ScheduleChange.ADDED, after.request(), null, after));
            } else if (!DraftWriter.samePlace(old, after)) {
                changes.add(new ScheduleChange(ScheduleChange.MOVED, after.request(), old, after));
            }
        }
        for (ScheduledMeeting old : published) {
            if (!seen.contains(old.request())) {
                changes.add(new ScheduleChange(ScheduleChange.REMOVED, old.request(), old, null));
            }
        }
        return changes;
    }

    /**
     * Publishes the draft: it becomes the version participants see, the previous one is superseded,
     * and {@link SchedulePublished} names the participants whose meetings changed.
     *
     * @throws ConflictException when there is no draft
     */
    @Transactional
    public SchedulePublished publish(EventId event, AccountUser organiser) {
        inputs.organised(event, organiser);
        ScheduleRepository.Version draft = draft(event);
        Optional<ScheduleRepository.Version> previous = schedules.version(event, ScheduleStatus.PUBLISHED);
        List<ScheduledMeeting> meetings = versions.meetings(event, draft.version());
        List<ScheduledMeeting> before = published(event);
        List<ScheduleChange> changes = diff(meetings, before);
        Set<ParticipationId> changed = new HashSet<>();
        if (previous.isEmpty()) {
            meetings.forEach(m -> {
                changed.add(m.first());
                changed.add(m.second());
            });
        }
        for (ScheduleChange change : changes) {
            changed.add(change.any().first());
            changed.add(change.any().second());
        }
        previous.ifPresent(v -> schedules.supersede(event, v.id()));
        if (!schedules.publish(event, draft.id(), organiser.id().value(), clock.instant())) {
            throw new ConflictException("scheduling.error.no-draft");
        }
        SchedulePublished published = new SchedulePublished(
                event,
                draft.version(),
                previous.map(ScheduleRepository.Version::version).orElse(null),
                changed);
        Map<String, Object> data = new HashMap<>();
        data.put("version", draft.version());
        data.put("meetings", meetings.size());
        data.put("added", count(changes, ScheduleChange.ADDED));
        data.put("moved", count(changes, ScheduleChange.MOVED));
        data.put("removed", count(changes, ScheduleChange.REMOVED));
        previous.ifPresent(v -> data.put("previousVersion", v.version()));
        audit.record("scheduling.schedule.published", organiser.id().value(), event.value(), data);
        publisher.publishEvent(published);
        return published;
    }

    private static long count(List<ScheduleChange> changes, String kind) {
        return changes.stream().filter(c -> c.kind().equals(kind)).count();
    }

    private ScheduleRepository.Version draft(EventId event) {
        return schedules.lockDraft(event).orElseThrow(() -> new ConflictException("scheduling.error.no-draft"));
    }

    private ScheduledMeeting draftMeeting(EventId event, ScheduleRepository.Version draft, MeetingRequestId request) {
        return versions.meetings(event, draft.version()).stream()
                .filter(m -> m.request().equals(request))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("scheduling.error.meeting-not-found"));
    }
}
