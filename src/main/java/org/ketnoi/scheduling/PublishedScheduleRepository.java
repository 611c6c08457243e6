package org.ketnoi.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;
import org.ketnoi.event.ParticipationId;
import org.ketnoi.meeting.MeetingRequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of placed meetings by schedule version; every query takes the event id. */
@Repository
class PublishedScheduleRepository {

    private static final String COLUMNS = """
            m.id, m.event_id, s.version, m.request_id, m.first_id, m.second_id, m.slot_start, m.slot_end,
            m.connection_point_id, m.trade_room_id, m.table_number, m.online_url, m.interpreter_id, m.pinned,
            m.uid, m.sequence""";

    private final JdbcClient jdbc;

    PublishedScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> versionWithStatus(EventId event, ScheduleStatus status) {
        return jdbc.sql("SELECT MAX(version) FROM schedule WHERE event_id = :event AND status = :status")
                .param("event", event.value())
                .param("status", status.name())
                .query(Integer.class)
                .optional();
    }

    List<ScheduledMeeting> meetings(EventId event, int version) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM scheduled_meeting m JOIN schedule s ON s.id = m.schedule_id
                WHERE s.event_id = :event AND m.event_id = :event AND s.version = :version
                ORDER BY m.slot_start, m.id""")
                .param("event", event.value())
                .param("version", version)
                .query((rs, n) -> meeting(rs))
                .list();
    }

    List<ScheduledMeeting> meetingsOf(EventId event, int version, ParticipationId participant) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM scheduled_meeting m JOIN schedule s ON s.id = m.schedule_id
                WHERE s.event_id = :event AND m.event_id = :event AND s.version = :version
                AND (m.first_id = :participant OR m.second_id = :participant)
                ORDER BY m.slot_start, m.id""")
                .param("event", event.value())
                .param("version", version)
                .param("participant", participant.value())
                .query((rs, n) -> meeting(rs))
                .list();
    }

    List<ScheduledMeeting> formerlyPublishedMeetingsOf(EventId event, ParticipationId participant) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM scheduled_meeting m JOIN schedule s ON s.id = m.schedule_id
                WHERE s.event_id = :event AND m.event_id = :event AND s.status = 'SUPERSEDED'
                AND s.published_at IS NOT NULL
                AND (m.first_id = :participant OR m.second_id = :participant)
                ORDER BY s.version, m.slot_start, m.id""")
                .param("event", event.value())
                .param("participant", participant.value())
                .query((rs, n) -> meeting(rs))
                .list();
    }

    static ScheduledMeeting meeting(ResultSet rs) throws SQLException {
        return new ScheduledMeeting(
                rs.getLong("id"),
                new EventId(rs.getLong("event_id")),
                rs.getInt("version"),
                new MeetingRequestId(rs.getLong("request_id")),
                new ParticipationId(rs.getLong("first_id")),
                new ParticipationId(rs.getLong("second_id")),
                rs.getObject("slot_start", OffsetDateTime.class).toInstant(),
                rs.getObject("slot_end", OffsetDateTime.class).toInstant(),
                nullableLong(rs, "connection_point_id"),
                nullableLong(rs, "trade_room_id"),
                nullableInt(rs, "table_number"),
                rs.getString("online_url"),
                nullableLong(rs, "interpreter_id"),
                rs.getBoolean("pinned"),
                rs.getString("uid"),
                rs.getInt("sequence"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
