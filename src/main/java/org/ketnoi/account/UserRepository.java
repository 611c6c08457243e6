package org.ketnoi.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.ketnoi.i18n.Language;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final RowMapper<AccountUser> USER = (rs, n) -> new AccountUser(
            new UserId(rs.getLong("id")),
            rs.getString("email"),
            rs.getString("display_name"),
            Role.valueOf(rs.getString("role")),
            Language.fromTag(rs.getString("language")).orElse(Language.DEFAULT),
            rs.getString("password_hash"),
            rs.getBoolean("enabled"));

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** E-mail addresses are stored and compared in lower case. */
    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    Optional<AccountUser> findByEmail(String email) {
        return jdbc.sql("SELECT * FROM app_user WHERE email = :email")
                .param("email", normalise(email))
                .query(USER)
                .optional();
    }

    Optional<AccountUser> findById(UserId id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = :id")
                .param("id", id.value())
                .query(USER)
                .optional();
    }

    boolean existsByEmail(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = :email")
                        .param("email", normalise(email))
                        .query(Long.class)
                        .single()
                > 0;
    }

    UserId insert(String email, String passwordHash, String displayName, Role role, Language language, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (email, password_hash, display_name, role, language, enabled, created_at)
                VALUES (:email, :hash, :name, :role, :language, TRUE, :now)""")
                .param("email", normalise(email))
                .param("hash", passwordHash)
                .param("name", displayName.strip())
                .param("role", role.name())
                .param("language", language.tag())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return new UserId(keys.getKeyAs(Long.class));
    }

    void updateLanguage(UserId id, Language language) {
        jdbc.sql("UPDATE app_user SET language = :language WHERE id = :id")
                .param("language", language.tag())
                .param("id", id.value())
                .update();
    }

    void updatePassword(UserId id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
                .param("hash", passwordHash)
                .param("id", id.value())
                .update();
    }

    void updateEnabled(UserId id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled)
                .param("id", id.value())
                .update();
    }

    void updateRole(UserId id, Role role) {
        jdbc.sql("UPDATE app_user SET role = :role WHERE id = :id")
                .param("role", role.name())
                .param("id", id.value())
                .update();
    }
}
