package org.ketnoi.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.meeting.MeetingRequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of solve runs, schedule versions and organisers' request settings; every query takes the event id. */
@Repository
class ScheduleRepository {

    /** The organisers' decisions on one accepted request. */
    record Setting(int priority, boolean removed) {
        static final Setting DEFAULT = new Setting(0, false);
    }

    /** The identity of a request's latest placed meeting in any version, for uid and sequence. */
    record Identity(String uid, int sequence) {}

    record Version(long id, int version, String status) {}

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    Map<MeetingRequestId, Setting> settings(EventId event) {
        Map<MeetingRequestId, Setting> settings = new HashMap<>();
        jdbc.sql("SELECT request_id, priority, removed FROM schedule_request_setting WHERE event_id = :event")
                .param("event", event.value())
                .query(rs -> {
                    settings.put(new MeetingRequestId(rs.getLong(1)), new Setting(rs.getInt(2), rs.getBoolean(3)));
                });
        return settings;
    }

    void saveSetting(EventId event, MeetingRequestId request, Setting setting, long user, Instant now) {
        int updated = jdbc.sql("""
                UPDATE schedule_request_setting SET priority = :priority, removed = :removed,
                updated_by = :user, updated_at = :now WHERE event_id = :event AND request_id = :request""")
                .param("priority", setting.priority())
                .param("removed", setting.removed())
                .param("user", user)
                .param("now", at(now))
                .param("event", event.value())
                .param("request", request.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO schedule_request_setting (request_id, event_id, priority, removed, updated_by, updated_at)
                    VALUES (:request, :event, :priority, :removed, :user, :now)""")
                    .param("priority", setting.priority())
                    .param("removed", setting.removed())
                    .param("user", user)
                    .param("now", at(now))
                    .param("event", event.value())
                    .param("request", request.value())
                    .update();
        }
    }

    // Runs

    long insertRun(EventId event, long user, Instant now, int requested) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO schedule_run (event_id, status, started_by, started_at, requested)
                VALUES (:event, 'RUNNING', :user, :now, :requested)""")
                .param("event", event.value())
                .param("user", user)
                .param("now", at(now))
                .param("requested", requested)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void progress(long run, long weight, long bound, int gaps) {
        jdbc.sql("UPDATE schedule_run SET weight = :weight, weight_bound = :bound, gaps = :gaps WHERE id = :run")
                .param("weight", weight)
                .param("bound", bound)
                .param("gaps", gaps)
                .param("run", run)
                .update();
    }

    void finishRun(
            long run,
            String status,
            int scheduled,
            long weight,
            long bound,
            int gaps,
            int moved,
            @Nullable String solverStatus,
            @Nullable Integer version,
            @Nullable String failure,
            Instant now) {
        jdbc.sql("""
                UPDATE schedule_run SET status = :status, scheduled = :scheduled, weight = :weight,
                weight_bound = :bound, gaps = :gaps, moved = :moved, solver_status = :solver,
                schedule_version = :version, failure = :failure, finished_at = :now WHERE id = :run""")
                .param("status", status)
                .param("scheduled", scheduled)
                .param("weight", weight)
                .param("bound", bound)
                .param("gaps", gaps)
                .param("moved", moved)
                .param("solver", solverStatus)
                .param("version", version)
                .param("failure", failure)
                .param("now", at(now))
                .param("run", run)
                .update();
    }

    void failRun(long run, String failure, Instant now) {
        jdbc.sql("UPDATE schedule_run SET status = 'FAILED', failure = :failure, finished_at = :now WHERE id = :run")
                .param("failure", failure)
                .param("now", at(now))
                .param("run", run)
                .update();
    }

    /** Runs left RUNNING by a process that stopped; returns how many. */
    int failInterrupted(Instant now) {
        return jdbc.sql("""
                UPDATE schedule_run SET status = 'FAILED', failure = 'interrupted', finished_at = :now
                WHERE status = 'RUNNING'""").param("now", at(now)).update();
    }

    boolean requestStop(EventId event, long run) {
        return jdbc.sql("""
                UPDATE schedule_run SET stop_requested = TRUE
                WHERE id = :run AND event_id = :event AND status = 'RUNNING'""").param("run", run).param("event", event.value()).update() == 1;
    }

    private static final String RUN_COLUMNS = """
            SELECT id, event_id, status, started_at, finished_at, requested, scheduled, weight, weight_bound,
            gaps, moved, stop_requested, schedule_version, failure FROM schedule_run """;

    Optional<ScheduleRun> run(EventId event, long run) {
        return jdbc.sql(RUN_COLUMNS + " WHERE id = :run AND event_id = :event")
                .param("run", run)
                .param("event", event.value())
                .query((rs, n) -> run(rs))
                .optional();
    }

    Optional<ScheduleRun> latestRun(EventId event) {
        return jdbc.sql(RUN_COLUMNS + " WHERE event_id = :event ORDER BY started_at DESC, id DESC LIMIT 1")
                .param("event", event.value())
                .query((rs, n) -> run(rs))
                .optional();
    }

    private static ScheduleRun run(ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ScheduleRun(
                rs.getLong("id"),
                new EventId(rs.getLong("event_id")),
                rs.getString("status"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getInt("requested"),
                rs.getInt("scheduled"),
                rs.getLong("weight"),
                rs.getLong("weight_bound"),
                rs.getInt("gaps"),
                rs.getInt("moved"),
                rs.getBoolean("stop_requested"),
                rs.getObject("schedule_version", Integer.class),
                rs.getString("failure"));
    }

    // Versions

    Optional<Version> version(EventId event, ScheduleStatus status) {
        return jdbc.sql("""
                SELECT id, version, status FROM schedule WHERE event_id = :event AND status = :status
                ORDER BY version DESC LIMIT 1""")
                .param("event", event.value())
                .param("status", status.name())
                .query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    /** Locks the event's draft row, so that edits and publication of one draft take turns. */
    Optional<Version> lockDraft(EventId event) {
        return jdbc.sql("""
                SELECT id, version, status FROM schedule WHERE event_id = :event AND status = 'DRAFT'
                FOR UPDATE""")
                .param("event", event.value())
                .query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    void deleteVersion(EventId event, long schedule) {
        for (String table : List.of("scheduled_seat", "unscheduled_request")) {
            jdbc.sql("DELETE FROM " + table + " WHERE schedule_id = :schedule AND schedule_id IN "
                            + "(SELECT id FROM schedule WHERE event_id = :event)")
                    .param("schedule", schedule)
                    .param("event", event.value())
                    .update();
        }
        jdbc.sql("DELETE FROM scheduled_meeting WHERE schedule_id = :schedule AND event_id = :event")
                .param("schedule", schedule)
                .param("event", event.value())
                .update();
        jdbc.sql("UPDATE schedule_run SET schedule_version = NULL WHERE event_id = :event AND schedule_version = "
                        + "(SELECT version FROM schedule WHERE id = :schedule AND event_id = :event)")
                .param("schedule", schedule)
                .param("event", event.value())
                .update();
        jdbc.sql("DELETE FROM schedule WHERE id = :schedule AND event_id = :event")
                .param("schedule", schedule)
                .param("event", event.value())
                .update();
    }

    int nextVersion(EventId event) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM schedule WHERE event_id = :event")
                        .param("event", event.value())
                        .query(Integer.class)
                        .single()
                + 1;
    }

    long insertSchedule(EventId event, int version, @Nullable Long run, long user, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO schedule (event_id, version, status, run_id, created_by, created_at)
                VALUES (:event, :version, 'DRAFT', :run, :user, :now)""")
                .param("event", event.value())
                .param("version", version)
                .param("run", run)
                .param("user", user)
                .param("now", at(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean publish(EventId event, long schedule, long user, Instant now) {
        return jdbc.sql("""
                UPDATE schedule SET status = 'PUBLISHED', published_by = :user, published_at = :now
                WHERE id = :schedule AND event_id = :event AND status = 'DRAFT'""")
                        .param("user", user)
                        .param("now", at(now))
                        .param("schedule", schedule)
                        .param("event", event.value())
                        .update()
                == 1;
    }

    void supersede(EventId event, long schedule) {
        jdbc.sql(
                        "UPDATE schedule SET status = 'SUPERSEDED' WHERE id = :schedule AND event_id = :event AND status = 'PUBLISHED'")
                .param("schedule", schedule)
                .param("event", event.value())
                .update();
    }

    /** Each request's uid and highest sequence over all the event's versions. */
    Map<MeetingRequestId, Identity> identities(EventId event) {
        Map<MeetingRequestId, Identity> identities = new HashMap<>();
        jdbc.sql("""
                SELECT request_id, MIN(uid), MAX(sequence) FROM scheduled_meeting WHERE event_id = :event
                GROUP BY request_id""").param("event", event.value()).query(rs -> {
            identities.put(new MeetingRequestId(rs.getLong(1)), new Identity(rs.getString(2), rs.getInt(3)));
        });
        return identities;
    }

    long insertMeeting(long schedule, ScheduledMeeting m) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO scheduled_meeting (schedule_id, event_id, request_id, first_id, second_id, slot_start,
                slot_end, connection_point_id, trade_room_id, table_number, online_url, interpreter_id, pinned,
                uid, sequence) VALUES (:schedule, :event, :request, :first, :second, :start, :end, :point, :room,
                :table, :url, :interpreter, :pinned, :uid, :sequence)""")
                .param("schedule", schedule)
                .param("event", m.event().value())
                .param("request", m.request().value())
                .param("first", m.first().value())
                .param("second", m.second().value())
                .param("start", at(m.start()))
                .param("end", at(m.end()))
                .param("point", m.connectionPoint())
                .param("room", m.tradeRoom())
                .param("table", m.table())
                .param("url", m.onlineUrl())
                .param("interpreter", m.interpreter())
                .param("pinned", m.pinned())
                .param("uid", m.uid())
                .param("sequence", m.sequence())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertSeats(schedule, id, m);
        return id;
    }

    void insertSeats(long schedule, long meeting, ScheduledMeeting m) {
        for (ParticipationId side : List.of(m.first(), m.second())) {
            jdbc.sql("""
                    INSERT INTO scheduled_seat (schedule_id, participant_id, slot_start, meeting_id)
                    VALUES (:schedule, :participant, :start, :meeting)""")
                    .param("schedule", schedule)
                    .param("participant", side.value())
                    .param("start", at(m.start()))
                    .param("meeting", meeting)
                    .update();
        }
    }

    /** Moves a meeting: new slot, place, interpreter and sequence; its seats follow. */
    void updateMeeting(long schedule, ScheduledMeeting m) {
        deleteSeats(schedule, m.id());
        jdbc.sql("""
                UPDATE scheduled_meeting SET slot_start = :start, slot_end = :end, trade_room_id = :room,
                table_number = :table, online_url = :url, interpreter_id = :interpreter, pinned = :pinned,
                sequence = :sequence WHERE id = :meeting AND schedule_id = :schedule AND event_id = :event""")
                .param("start", at(m.start()))
                .param("end", at(m.end()))
                .param("room", m.tradeRoom())
                .param("table", m.table())
                .param("url", m.onlineUrl())
                .param("interpreter", m.interpreter())
                .param("pinned", m.pinned())
                .param("sequence", m.sequence())
                .param("meeting", m.id())
                .param("schedule", schedule)
                .param("event", m.event().value())
                .update();
        insertSeats(schedule, m.id(), m);
    }

    private void deleteSeats(long schedule, long meeting) {
        jdbc.sql("DELETE FROM scheduled_seat WHERE schedule_id = :schedule AND meeting_id = :meeting")
                .param("schedule", schedule)
                .param("meeting", meeting)
                .update();
    }

    void setPinned(long schedule, long meeting, boolean pinned) {
        jdbc.sql("UPDATE scheduled_meeting SET pinned = :pinned WHERE id = :meeting AND schedule_id = :schedule")
                .param("pinned", pinned)
                .param("meeting", meeting)
                .param("schedule", schedule)
                .update();
    }

    void deleteMeeting(long schedule, long meeting) {
        deleteSeats(schedule, meeting);
        jdbc.sql("DELETE FROM scheduled_meeting WHERE schedule_id = :schedule AND id = :meeting")
                .param("schedule", schedule)
                .param("meeting", meeting)
                .update();
    }

    void insertUnscheduled(long schedule, MeetingRequestId request, String reason) {
        jdbc.sql(
                        "INSERT INTO unscheduled_request (schedule_id, request_id, reason) VALUES (:schedule, :request, :reason)")
                .param("schedule", schedule)
                .param("request", request.value())
                .param("reason", reason)
                .update();
    }

    void deleteUnscheduled(long schedule, MeetingRequestId request) {
        jdbc.sql("DELETE FROM unscheduled_request WHERE schedule_id = :schedule AND request_id = :request")
                .param("schedule", schedule)
                .param("request", request.value())
                .update();
    }

    /** The unscheduled requests of a version and their reasons. */
    Map<MeetingRequestId, String> unscheduled(EventId event, long schedule) {
        Map<MeetingRequestId, String> reasons = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT u.request_id, u.reason FROM unscheduled_request u JOIN schedule s ON s.id = u.schedule_id
                WHERE u.schedule_id = :schedule AND s.event_id = :event ORDER BY u.request_id""").param("schedule", schedule).param("event", event.value()).query(rs -> {
            reasons.put(new MeetingRequestId(rs.getLong(1)), rs.getString(2));
        });
        return reasons;
    }
}
