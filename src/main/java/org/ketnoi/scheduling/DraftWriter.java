package org.ketnoi.scheduling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.ConnectionPoint;
import org.ketnoi.event.EventId;
import org.ketnoi.event.Participation;
import org.ketnoi.event.Slot;
import org.ketnoi.event.TradeRoom;
import org.ketnoi.meeting.MeetingRequest;
import org.ketnoi.meeting.MeetingRequestId;
import org.ketnoi.scheduling.plan.Placement;
import org.ketnoi.scheduling.plan.PlanMeeting;
import org.ketnoi.scheduling.plan.PlanResult;
import org.ketnoi.scheduling.plan.Unplaced;
import org.springframework.stereotype.Component;

/**
 * Writes a plan as the event's new draft version, replacing an older draft: concrete tables (a
 * meeting keeps its published table when its slot is unchanged, else the first free table of a room
 * whose sector fits the two companies), online rooms, uids kept per request and sequences raised when
 * time or place differ from the published version. Runs inside the caller's transaction.
 */
@Component
class DraftWriter {

    private final ScheduleRepository schedules;
    private final SchedulingProperties properties;
    private final Clock clock;

    DraftWriter(ScheduleRepository schedules, SchedulingProperties properties, Clock clock) {
        this.schedules = schedules;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the draft and returns its version number. */
    int write(Planning planning, PlanResult result, @Nullable Long run, long user) {
        EventId event = planning.event().id();
        schedules.lockDraft(event).ifPresent(old -> schedules.deleteVersion(event, old.id()));
        int version = schedules.nextVersion(event);
        long schedule = schedules.insertSchedule(event, version, run, user, clock.instant());
        Map<MeetingRequestId, ScheduleRepository.Identity> identities = schedules.identities(event);
        Set<String> taken = new HashSet<>();
        List<Placement> ordered = new ArrayList<>(result.placements());
        // Meetings that stay in their published slot choose their table first, so they keep it.
        ordered.sort(Comparator.comparingInt((Placement p) -> stays(planning, p) ? 0 : 1)
                .thenComparingInt(Placement::meeting));
        for (Placement p : ordered) {
            MeetingRequest request = planning.requests().get(p.meeting());
            PlanMeeting planned = planning.problem().meetings().get(p.meeting());
            Slot slot = planning.slots().get(p.slot());
            Seat seat = planned.online()
                    ? null
                    : seat(planning, request, planning.pools().get(planned.pool()), slot, taken);
            ScheduledMeeting meeting = meeting(
                    planning,
                    request,
                    version,
                    slot,
                    planned.online()
                            ? onlinePoint(planning, request)
                            : Long.valueOf(planning.pools().get(planned.pool()).id()),
                    seat,
                    p.interpreter() == Placement.NO_INTERPRETER
                            ? null
                            : planning.interpreters().get(p.interpreter()).id(),
                    planned.pinnedSlot() == p.slot(),
                    identities.get(request.id()));
            schedules.insertMeeting(schedule, meeting);
        }
        for (Unplaced u : result.unplaced()) {
            schedules.insertUnscheduled(
                    schedule,
                    planning.requests().get(u.meeting()).id(),
                    u.reason().name());
        }
        for (MeetingRequest removed : planning.removed()) {
            schedules.insertUnscheduled(schedule, removed.id(), "REMOVED");
        }
        return version;
    }

    record Seat(long room, int table) {}

    private static boolean stays(Planning planning, Placement p) {
        PlanMeeting m = planning.problem().meetings().get(p.meeting());
        return m.previousSlot() == p.slot();
    }

    /** The published table when the slot is unchanged and it is free; else a fitting room's first free table. */
    static Seat seat(Planning planning, MeetingRequest request, ConnectionPoint point, Slot slot, Set<String> taken) {
        ScheduledMeeting before = planning.published().get(request.id());
        if (before != null
                && before.start().equals(slot.start())
                && before.tradeRoom() != null
                && before.table() != null
                && point.tradeRooms().stream()
                        .anyMatch(r -> r.id() == before.tradeRoom() && r.tables() >= before.table())
                && taken.add(key(before.tradeRoom(), before.table(), slot))) {
            return new Seat(before.tradeRoom(), before.table());
        }
        for (TradeRoom room : rooms(planning, request, point)) {
            for (int table = 1; table <= room.tables(); table++) {
                if (taken.add(key(room.id(), table, slot))) {
                    return new Seat(room.id(), table);
                }
            }
        }
        throw new IllegalStateException("No free table at connection point " + point.id() + " for a placed meeting");
    }

    /** The point's rooms, those whose sector is one of the two companies' first. */
    static List<TradeRoom> rooms(Planning planning, MeetingRequest request, ConnectionPoint point) {
        Set<String> sectors = new HashSet<>();
        sectors.addAll(planning.sectors().getOrDefault(request.firstCompany(), List.of()));
        sectors.addAll(planning.sectors().getOrDefault(request.secondCompany(), List.of()));
        return point.tradeRooms().stream()
                .sorted(Comparator.comparingInt((TradeRoom r) -> sectors.contains(r.sector()) ? 0 : 1))
                .toList();
    }

    static String key(long room, int table, Slot slot) {
        return room + "/" + table + "@" + slot.start();
    }

    /** An online meeting belongs to the connection point of the side that is there in person, if any. */
    private static @Nullable Long onlinePoint(Planning planning, MeetingRequest request) {
        Participation first = planning.participant(request.pair().first());
        return first.connectionPoint() == 0 ? null : first.connectionPoint();
    }

    ScheduledMeeting meeting(
            Planning planning,
            MeetingRequest request,
            int version,
            Slot slot,
            @Nullable Long point,
            @Nullable Seat seat,
            @Nullable Long interpreter,
            boolean pinned,
            ScheduleRepository.@Nullable Identity identity) {
        String uid = identity == null ? UUID.randomUUID() + "@ketnoi" : identity.uid();
        ScheduledMeeting meeting = new ScheduledMeeting(
                0,
                planning.event().id(),
                version,
                request.id(),
                request.pair().first(),
                request.pair().second(),
                slot.start(),
                slot.end(),
                point,
                seat == null ? null : seat.room(),
                seat == null ? null : seat.table(),
                seat == null ? onlineUrl(uid) : null,
                interpreter,
                pinned,
                uid,
                0);
        return withSequence(meeting, planning.published().get(request.id()), identity);
    }

    /** The Jitsi room of a request: named after its random uid, so unguessable and stable across versions. */
    String onlineUrl(String uid) {
        String room = "KetNoi-" + uid.replace("@ketnoi", "").replace("-", "");
        return properties.jitsiBaseUrl() + "/" + room;
    }

    /**
     * The published sequence when time and place are unchanged; one more when they changed; for a
     * request not in the published version, one more than any earlier version's (0 for a new one).
     */
    static ScheduledMeeting withSequence(
            ScheduledMeeting meeting,
            @Nullable ScheduledMeeting published,
            ScheduleRepository.@Nullable Identity identity) {
        int sequence;
        if (published != null) {
            sequence = samePlace(meeting, published) ? published.sequence() : published.sequence() + 1;
        } else {
            sequence = identity == null ? 0 : identity.sequence() + 1;
        }
        return new ScheduledMeeting(
                meeting.id(),
                meeting.event(),
                meeting.version(),
                meeting.request(),
                meeting.first(),
                meeting.second(),
                meeting.start(),
                meeting.end(),
                meeting.connectionPoint(),
                meeting.tradeRoom(),
                meeting.table(),
                meeting.onlineUrl(),
                meeting.interpreter(),
                meeting.pinned(),
                meeting.uid(),
                sequence);
    }

    static boolean samePlace(ScheduledMeeting a, ScheduledMeeting b) {
        return a.start().equals(b.start())
                && a.end().equals(b.end())
                && Objects.equals(a.tradeRoom(), b.tradeRoom())
                && Objects.equals(a.table(), b.table())
                && Objects.equals(a.onlineUrl(), b.onlineUrl())
                && Objects.equals(a.interpreter(), b.interpreter());
    }
}
