package org.ketnoi.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketnoi.account.AccountUser;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.event.Attendance;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.ConnectionPointMode;
import org.ketnoi.event.Event;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventResources;
import org.ketnoi.event.EventService;
import org.ketnoi.event.Interpreter;
import org.ketnoi.event.Participation;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.event.ParticipationStatus;
import org.ketnoi.event.Slot;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.i18n.Language;
import org.ketnoi.matching.MatchingService;
import org.ketnoi.meeting.MeetingPair;
import org.ketnoi.meeting.MeetingRequest;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.meeting.MeetingRequestStatus;
import org.ketnoi.meeting.MeetingRequests;
import org.ketnoi.scheduling.plan.PlanInterpreter;
import org.ketnoi.scheduling.plan.PlanMeeting;
import org.ketnoi.scheduling.plan.PlanParticipant;
import org.ketnoi.scheduling.plan.PlanPool;
import org.ketnoi.scheduling.plan.PlanProblem;
import org.ketnoi.scheduling.plan.PlanSlot;
import org.ketnoi.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Builds an event's {@link PlanProblem} from the other modules' public services, for an organiser of
 * the event. The rules: a meeting takes a table at the sides' connection point when both attend it in
 * person and it has tables, otherwise an online room; it needs an interpreter when the companies share
 * no language; its weight is {@code 1 + round(mutual score / 10) + 10 × organiser priority}.
 */
@Component
class PlanningInputs {

    static final int PRIORITY_STEP = 10;

    private final EventService events;
    private final ParticipationService participation;
    private final EventResources resources;
    private final MeetingRequests meetings;
    private final MatchingService matching;
    private final CompanyService companies;
    private final ScheduleRepository schedules;
    private final PublishedScheduleRepository versions;

    PlanningInputs(
            EventService events,
            ParticipationService participation,
            EventResources resources,
            MeetingRequests meetings,
            MatchingService matching,
            CompanyService companies,
            ScheduleRepository schedules,
            PublishedScheduleRepository versions) {
        this.events = events;
        this.participation = participation;
        this.resources = resources;
        this.meetings = meetings;
        this.matching = matching;
        this.companies = companies;
        this.schedules = schedules;
        this.versions = versions;
    }

    /**
     * The event, if the user organises it.
     *
     * @throws NotFoundException for everyone else, so that outsiders learn nothing about the event
     */
    Event organised(EventId id, AccountUser user) {
        Event event = events.get(id, user);
        if (!events.canManage(event, user)) {
            throw new NotFoundException("scheduling.error.not-found");
        }
        return event;
    }

    Planning build(EventId id, AccountUser organiser) {
        Event event = organised(id, organiser);
        List<Slot> slots = event.slots();
        List<Participation> approved = participation.forOrganisers(id, ParticipationStatus.APPROVED, null, organiser);
        Map<ParticipationId, Integer> index = new HashMap<>();
        for (int p = 0; p < approved.size(); p++) {
            index.put(approved.get(p).id(), p);
        }
        Map<MeetingRequestId, ScheduleRepository.Setting> settings = schedules.settings(id);
        List<MeetingRequest> accepted = meetings.forOrganisers(id, organiser).stream()
                .filter(r -> r.status() == MeetingRequestStatus.ACCEPTED)
                .filter(r -> index.containsKey(r.pair().first())
                        && index.containsKey(r.pair().second()))
                .sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
                .toList();
        List<MeetingRequest> planned = new ArrayList<>();
        List<MeetingRequest> removed = new ArrayList<>();
        for (MeetingRequest r : accepted) {
            (settings.getOrDefault(r.id(), ScheduleRepository.Setting.DEFAULT).removed() ? removed : planned).add(r);
        }
        List<ConnectionPoint> pools = event.connectionPoints().stream()
                .filter(p -> p.mode() == ConnectionPointMode.IN_PERSON && tables(p) > 0)
                .toList();
        List<Interpreter> interpreters = resources.interpreters(id);
        Map<MeetingRequestId, ScheduledMeeting> published = byRequest(id, ScheduleStatus.PUBLISHED);
        Map<MeetingRequestId, ScheduledMeeting> draft = byRequest(id, ScheduleStatus.DRAFT);
        Map<MeetingPair, Double> scores = matching.mutualScores(
                id, planned.stream().map(MeetingRequest::pair).toList(), organiser);
        Map<MeetingRequestId, Integer> priorities = new HashMap<>();
        settings.forEach((request, setting) -> priorities.put(request, setting.priority()));

        List<PlanSlot> planSlots = sessions(slots);
        Map<Instant, Integer> slotOf = new HashMap<>();
        for (int s = 0; s < slots.size(); s++) {
            slotOf.put(slots.get(s).start(), s);
        }
        int cap = meetings.settings(id).maxMeetings();
        Map<ParticipationId, Set<Instant>> unavailable = resources.unavailability(id);
        List<PlanParticipant> participants = approved.stream()
                .map(p -> new PlanParticipant(
                        p.id().value(),
                        available(slotOf, slots.size(), unavailable.getOrDefault(p.id(), Set.of())),
                        cap))
                .toList();
        Map<Long, Set<Instant>> interpreterOff = resources.interpreterUnavailability(id);
        List<PlanInterpreter> planInterpreters = interpreters.stream()
                .map(i -> new PlanInterpreter(
                        i.id(), available(slotOf, slots.size(), interpreterOff.getOrDefault(i.id(), Set.of()))))
                .toList();
        List<PlanPool> planPools = pools.stream()
                .map(p -> {
                    int[] capacity = new int[slots.size()];
                    java.util.Arrays.fill(capacity, tables(p));
                    return new PlanPool(p.id(), capacity);
                })
                .toList();
        List<PlanMeeting> planMeetings = new ArrayList<>();
        for (MeetingRequest r : planned) {
            Participation a = approved.get(index.get(r.pair().first()));
            Participation b = approved.get(index.get(r.pair().second()));
            int pool = pool(a, b, pools);
            boolean needs = needsInterpreter(a, b);
            List<Integer> candidates = needs
                    ? candidates(a, b, pool == PlanMeeting.ONLINE ? null : pools.get(pool), interpreters)
                    : List.of();
            ScheduledMeeting pin = draft.get(r.id());
            ScheduledMeeting before = published.get(r.id());
            int weight = 1
                    + (int) Math.round(scores.getOrDefault(r.pair(), 0.0) / 10)
                    + PRIORITY_STEP * priorities.getOrDefault(r.id(), 0);
            planMeetings.add(new PlanMeeting(
                    r.id().value(),
                    index.get(r.pair().first()),
                    index.get(r.pair().second()),
                    weight,
                    pool,
                    needs,
                    candidates,
                    pin != null && pin.pinned() ? slotOf.getOrDefault(pin.start(), PlanMeeting.NONE) : PlanMeeting.NONE,
                    before == null ? PlanMeeting.NONE : slotOf.getOrDefault(before.start(), PlanMeeting.NONE)));
        }
        PlanProblem problem = new PlanProblem(
                planSlots, participants, planMeetings, planPools, planInterpreters, Math.max(1, approved.size() / 2));
        Map<CompanyId, List<String>> sectors = new HashMap<>();
        for (Participation p : approved) {
            sectors.computeIfAbsent(
                    p.company(), c -> companies.profile(c, organiser).details().sectors());
        }
        return new Planning(
                event,
                problem,
                slots,
                approved,
                planned,
                removed,
                interpreters,
                pools,
                priorities,
                published,
                draft,
                sectors);
    }

    private Map<MeetingRequestId, ScheduledMeeting> byRequest(EventId id, ScheduleStatus status) {
        return schedules
                .version(id, status)
                .map(v -> versions.meetings(id, v.version()).stream()
                        .collect(Collectors.toMap(ScheduledMeeting::request, Function.identity())))
                .orElse(Map.of());
    }

    /** Slots that follow each other without a break form one session. */
    static List<PlanSlot> sessions(List<Slot> slots) {
        List<PlanSlot> result = new ArrayList<>();
        int session = 0;
        for (int s = 0; s < slots.size(); s++) {
            if (s > 0 && !slots.get(s).start().equals(slots.get(s - 1).end())) {
                session++;
            }
            result.add(new PlanSlot(slots.get(s).start(), slots.get(s).end(), session));
        }
        return result;
    }

    private static BitSet available(Map<Instant, Integer> slotOf, int size, Set<Instant> off) {
        BitSet available = new BitSet(size);
        available.set(0, size);
        for (Instant start : off) {
            Integer s = slotOf.get(start);
            if (s != null) {
                available.clear(s);
            }
        }
        return available;
    }

    static int tables(ConnectionPoint point) {
        return point.tradeRooms().stream().mapToInt(TradeRoom::tables).sum();
    }

    /** The table pool both sides meet at in person, or online. */
    static int pool(Participation a, Participation b, List<ConnectionPoint> pools) {
        if (a.attendance() != Attendance.IN_PERSON
                || b.attendance() != Attendance.IN_PERSON
                || a.connectionPoint() != b.connectionPoint()) {
            return PlanMeeting.ONLINE;
        }
        for (int i = 0; i < pools.size(); i++) {
            if (pools.get(i).id() == a.connectionPoint()) {
                return i;
            }
        }
        return PlanMeeting.ONLINE;
    }

    /** The sides share no language; a side that named none is taken to manage. */
    static boolean needsInterpreter(Participation a, Participation b) {
        if (a.languages().isEmpty() || b.languages().isEmpty()) {
            return false;
        }
        Set<Language> common = new HashSet<>(a.languages());
        common.retainAll(b.languages());
        return common.isEmpty();
    }

    /** Interpreters covering a pair of the sides' languages: at the point in person, anyone online. */
    static List<Integer> candidates(
            Participation a,
            Participation b,
            @org.jspecify.annotations.Nullable ConnectionPoint point,
            List<Interpreter> interpreters) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < interpreters.size(); i++) {
            Interpreter interpreter = interpreters.get(i);
            boolean here = point == null
                    || (interpreter.connectionPoint() != null && interpreter.connectionPoint() == point.id());
            if (here && covers(interpreter, a.languages(), b.languages())) {
                result.add(i);
            }
        }
        return result;
    }

    static boolean covers(Interpreter interpreter, Set<Language> a, Set<Language> b) {
        for (Language x : a) {
            for (Language y : b) {
                if (interpreter.pairs().stream().anyMatch(pair -> pair.covers(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }
}
