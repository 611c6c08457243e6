package org.ketnoi.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ketnoi.account.UserId;
import org.ketnoi.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Claim invitations, stored as the SHA-256 of their token; every query but the link's takes the company. */
@Repository
class CompanyInvitationRepository {

    /** An invitation found by its link, whatever its state. */
    record Stored(long id, CompanyId company, String email, Language language, boolean usable) {}

    private final JdbcClient jdbc;

    CompanyInvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            CompanyId company, String email, Language language, String hash, UserId by, Instant now, Instant expires) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO company_invitation
                    (company_id, email, language, token_hash, invited_by, created_at, expires_at)
                VALUES (:company, :email, :language, :hash, :by, :now, :expires)""")
                .param("company", company.value())
                .param("email", email)
                .param("language", language.code())
                .param("hash", hash)
                .param("by", by.value())
                .param("now", utc(now))
                .param("expires", utc(expires))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The invitation with that token hash; {@code usable} when neither used, revoked nor expired at {@code now}. */
    Optional<Stored> findByHash(String hash, Instant now) {
        return jdbc.sql("""
                SELECT id, company_id, email, language,
                       CASE WHEN used_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                            THEN TRUE ELSE FALSE END AS usable
                FROM company_invitation WHERE token_hash = :hash""")
                .param("hash", hash)
                .param("now", utc(now))
                .query((rs, n) -> new Stored(
                        rs.getLong("id"),
                        new CompanyId(rs.getLong("company_id")),
                        rs.getString("email"),
                        language(rs),
                        rs.getBoolean("usable")))
                .optional();
    }

    /** The company's invitations that can still be accepted, newest first. */
    List<CompanyInvitation> open(CompanyId company, Instant now) {
        return jdbc.sql("""
                SELECT id, company_id, email, language, created_at, expires_at FROM company_invitation
                WHERE company_id = :company AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                ORDER BY created_at DESC, id DESC""")
                .param("company", company.value())
                .param("now", utc(now))
                .query((rs, n) -> new CompanyInvitation(
                        rs.getLong("id"),
                        company,
                        rs.getString("email"),
                        language(rs),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Marks the invitation used, unless something else used or revoked it first; true when it did. */
    boolean use(CompanyId company, long id, UserId user, Instant now) {
        return jdbc.sql("""
                        UPDATE company_invitation SET used_at = :now, used_by = :user
                        WHERE id = :id AND company_id = :company AND used_at IS NULL AND revoked_at IS NULL
                          AND expires_at > :now""")
                        .param("now", utc(now))
                        .param("user", user.value())
                        .param("id", id)
                        .param("company", company.value())
                        .update()
                == 1;
    }

    /** Revokes every open invitation of the company. */
    void revokeOpen(CompanyId company, Instant now) {
        jdbc.sql("""
                UPDATE company_invitation SET revoked_at = :now
                WHERE company_id = :company AND used_at IS NULL AND revoked_at IS NULL""").param("now", utc(now)).param("company", company.value()).update();
    }

    /** Revokes the company's open invitations to one address: only the newest link to it works. */
    void revokeOpenTo(CompanyId company, String email, Instant now) {
        jdbc.sql("""
                UPDATE company_invitation SET revoked_at = :now
                WHERE company_id = :company AND email = :email AND used_at IS NULL AND revoked_at IS NULL""")
                .param("now", utc(now))
                .param("company", company.value())
                .param("email", email)
                .update();
    }

    /** Locks the company's row until the transaction ends, so two claims of one company run one after the other. */
    void lockCompany(CompanyId company) {
        jdbc.sql("SELECT id FROM company WHERE id = :company FOR UPDATE")
                .param("company", company.value())
                .query(Long.class)
                .optional();
    }

    private static Language language(ResultSet rs) throws SQLException {
        return Language.fromTag(rs.getString("language")).orElse(Language.DEFAULT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
