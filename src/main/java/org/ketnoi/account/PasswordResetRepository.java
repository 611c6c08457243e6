package org.ketnoi.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Password reset links, stored as SHA-256 of their token. */
@Repository
class PasswordResetRepository {

    private final JdbcClient jdbc;

    PasswordResetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UserId user, String hash, Instant now, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO password_reset (user_id, token_hash, created_at, expires_at)
                VALUES (:user, :hash, :now, :expires)""")
                .param("user", user.value())
                .param("hash", hash)
                .param("now", utc(now))
                .param("expires", utc(expiresAt))
                .update();
    }

    /** The user of an unused link with that hash that has not expired at {@code now}. */
    Optional<UserId> findUsable(String hash, Instant now) {
        return jdbc.sql("""
                SELECT user_id FROM password_reset
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("hash", hash)
                .param("now", utc(now))
                .query((rs, n) -> new UserId(rs.getLong(1)))
                .optional();
    }

    int countCreatedSince(UserId user, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM password_reset WHERE user_id = :user AND created_at > :since")
                .param("user", user.value())
                .param("since", utc(since))
                .query(Integer.class)
                .single();
    }

    /** Uses up every open link of the user: after a reset, older mails must not work either. */
    void useAll(UserId user, Instant now) {
        jdbc.sql("UPDATE password_reset SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("now", utc(now))
                .param("user", user.value())
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
