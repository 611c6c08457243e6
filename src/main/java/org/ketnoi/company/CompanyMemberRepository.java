package org.ketnoi.company;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ketnoi.account.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members and logos of companies; every query takes the company id. */
@Repository
class CompanyMemberRepository {

    private final JdbcClient jdbc;

    CompanyMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(CompanyId company, UserId user, CompanyRole role) {
        jdbc.sql("INSERT INTO company_member (company_id, user_id, role) VALUES (:company, :user, :role)")
                .param("company", company.value())
                .param("user", user.value())
                .param("role", role.name())
                .update();
    }

    void remove(CompanyId company, UserId user) {
        jdbc.sql("DELETE FROM company_member WHERE company_id = :company AND user_id = :user")
                .param("company", company.value())
                .param("user", user.value())
                .update();
    }

    List<CompanyMember> members(CompanyId company) {
        return jdbc.sql("""
                SELECT m.user_id, u.email, u.display_name, m.role FROM company_member m
                JOIN app_user u ON u.id = m.user_id WHERE m.company_id = :company ORDER BY m.role DESC, u.email""")
                .param("company", company.value())
                .query((rs, n) -> new CompanyMember(
                        new UserId(rs.getLong(1)),
                        rs.getString(2),
                        rs.getString(3),
                        CompanyRole.valueOf(rs.getString(4))))
                .list();
    }

    void saveLogo(CompanyId company, CompanyLogo logo, Instant now) {
        jdbc.sql("DELETE FROM company_logo WHERE company_id = :company")
                .param("company", company.value())
                .update();
        jdbc.sql("""
                INSERT INTO company_logo (company_id, content_type, bytes, updated_at)
                VALUES (:company, :type, :bytes, :now)""")
                .param("company", company.value())
                .param("type", logo.contentType())
                .param("bytes", logo.bytes())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    Optional<CompanyLogo> logo(CompanyId company) {
        return jdbc.sql("SELECT content_type, bytes FROM company_logo WHERE company_id = :company")
                .param("company", company.value())
                .query((rs, n) -> new CompanyLogo(rs.getString(1), rs.getBytes(2)))
                .optional();
    }
}
