package org.ketnoi.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.UserId;
import org.ketnoi.event.EventId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Notices; every query takes the recipient, except the mailer's lookup by id. */
@Repository
class NoticeRepository {

    record Stored(
            long id,
            UserId recipient,
            @Nullable EventId event,
            String kind,
            String arguments,
            String link,
            Instant createdAt,
            @Nullable Instant readAt) {}

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE dedup_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(NewNotice notice, String arguments, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notice (recipient_id, event_id, kind, arguments, link, dedup_key, created_at)
                VALUES (:recipient, :event, :kind, :arguments, :link, :key, :at)""")
                .param("recipient", notice.recipient().value())
                .param("event", notice.event() == null ? null : notice.event().value())
                .param("kind", notice.kind())
                .param("arguments", arguments)
                .param("link", notice.link())
                .param("key", notice.key())
                .param("at", at(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<Stored> recent(UserId recipient, int limit) {
        return jdbc.sql(SELECT + " WHERE recipient_id = :r ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("r", recipient.value())
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    int unread(UserId recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient_id = :r AND read_at IS NULL")
                .param("r", recipient.value())
                .query(Integer.class)
                .single();
    }

    void markAllRead(UserId recipient, Instant now) {
        jdbc.sql("UPDATE notice SET read_at = :at WHERE recipient_id = :r AND read_at IS NULL")
                .param("at", at(now))
                .param("r", recipient.value())
                .update();
    }

    /** Claims the notice's mail for this transaction; false when it was mailed already. */
    boolean claimMail(long id, Instant now) {
        return jdbc.sql("UPDATE notice SET mailed_at = :at WHERE id = :id AND mailed_at IS NULL")
                        .param("at", at(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    private static final String SELECT =
            "SELECT id, recipient_id, event_id, kind, arguments, link, created_at, read_at FROM notice";

    private static Stored row(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        long event = rs.getLong("event_id");
        return new Stored(
                rs.getLong("id"),
                new UserId(rs.getLong("recipient_id")),
                rs.wasNull() ? null : new EventId(event),
                rs.getString("kind"),
                rs.getString("arguments"),
                rs.getString("link"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
