package org.ketnoi.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Personal API tokens; every query that lists or changes tokens is scoped to their owner. */
@Repository
class ApiTokenRepository {

    private static final RowMapper<ApiToken> TOKEN = (rs, n) -> new ApiToken(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("prefix"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            instant(rs.getObject("last_used_at", OffsetDateTime.class)));

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(UserId owner, String name, String hash, String prefix, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, prefix, created_at)
                VALUES (:user, :name, :hash, :prefix, :now)""")
                .param("user", owner.value())
                .param("name", name)
                .param("hash", hash)
                .param("prefix", prefix)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The owner's tokens that are not revoked, newest first. */
    List<ApiToken> active(UserId owner) {
        return jdbc.sql("""
                SELECT * FROM api_token WHERE user_id = :user AND revoked_at IS NULL
                ORDER BY created_at DESC, id DESC""").param("user", owner.value()).query(TOKEN).list();
    }

    Optional<ApiToken> findActive(UserId owner, long id) {
        return jdbc.sql("SELECT * FROM api_token WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("id", id)
                .param("user", owner.value())
                .query(TOKEN)
                .optional();
    }

    /** The owner of an active token with that hash. */
    Optional<TokenOwner> findOwner(String hash) {
        return jdbc.sql("SELECT id, user_id FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash)
                .query((rs, n) -> new TokenOwner(rs.getLong(1), new UserId(rs.getLong(2))))
                .optional();
    }

    void revoke(UserId owner, long id, Instant now) {
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user")
                .param("now", utc(now))
                .param("id", id)
                .param("user", owner.value())
                .update();
    }

    void touch(long id, Instant now) {
        jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    record TokenOwner(long tokenId, UserId userId) {}

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
