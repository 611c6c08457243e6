package org.ketnoi.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the audit log. Entries are never updated or deleted. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records a state change. Must run inside the transaction of the change itself.
     *
     * @param code what happened, as {@code module.thing.verb-past}, e.g. {@code event.event.created}
     * @param actorUserId the user who did it, or null for the platform itself
     * @param eventId the event it belongs to, or null
     * @param data details, serialised as JSON
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String code, @Nullable Long actorUserId, @Nullable Long eventId, Map<String, ?> data) {
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor_user_id, event_id, code, data)
                VALUES (:at, :actor, :event, :code, :data)""")
                .param("at", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .param("actor", actorUserId)
                .param("event", eventId)
                .param("code", code)
                .param("data", json.writeValueAsString(data))
                .update();
    }

    private static final String SELECT = """
            SELECT a.id, a.occurred_at, a.actor_user_id, u.display_name, a.event_id, a.code, a.data
            FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_user_id
            """;

    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(
            rs.getLong(1),
            rs.getObject(2, OffsetDateTime.class).toInstant(),
            rs.getObject(3, Long.class),
            rs.getString(4),
            rs.getObject(5, Long.class),
            rs.getString(6),
            rs.getString(7));

    /** The newest entries of one event, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forEvent(long eventId, int limit) {
        return jdbc.sql(SELECT + "WHERE a.event_id = :event ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit")
                .param("event", eventId)
                .param("limit", limit)
                .query(ENTRY)
                .list();
    }

    /** The newest entries written by one user (e.g. their account changes), newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> byActor(long userId, int limit) {
        return jdbc.sql(SELECT + "WHERE a.actor_user_id = :user ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit")
                .param("user", userId)
                .param("limit", limit)
                .query(ENTRY)
                .list();
    }
}
