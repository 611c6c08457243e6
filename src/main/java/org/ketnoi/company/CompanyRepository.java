package org.ketnoi.company;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ketnoi.account.UserId;
import org.ketnoi.i18n.LocalizedText;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CompanyRepository {

    private static final String SUMMARY =
            "SELECT c.id, c.name_vi, c.name_zh, c.name_en, c.country, c.province_code, c.verified FROM company c ";

    private static final RowMapper<CompanySummary> SUMMARY_ROW = (rs, n) -> new CompanySummary(
            new CompanyId(rs.getLong("id")),
            new LocalizedText(rs.getString("name_vi"), rs.getString("name_zh"), rs.getString("name_en")),
            rs.getString("country"),
            rs.getString("province_code"),
            rs.getBoolean("verified"));

    private final JdbcClient jdbc;

    CompanyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CompanyId insert(NewCompany company, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO company (name_vi, name_zh, name_en, country, province_code, verified, created_at, updated_at)
                VALUES (:vi, :zh, :en, :country, :province, FALSE, :now, :now)""")
                .param("vi", company.name().vi())
                .param("zh", company.name().zh())
                .param("en", company.name().en())
                .param("country", company.country())
                .param("province", company.provinceCode())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return new CompanyId(keys.getKeyAs(Long.class));
    }

    void addMember(CompanyId company, UserId user, CompanyRole role) {
        jdbc.sql("INSERT INTO company_member (company_id, user_id, role) VALUES (:company, :user, :role)")
                .param("company", company.value())
                .param("user", user.value())
                .param("role", role.name())
                .update();
    }

    Optional<CompanySummary> find(CompanyId id) {
        return jdbc.sql(SUMMARY + "WHERE c.id = :id")
                .param("id", id.value())
                .query(SUMMARY_ROW)
                .optional();
    }

    List<CompanySummary> findAll(Collection<CompanyId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + "WHERE c.id IN (:ids) ORDER BY c.id")
                .param("ids", ids.stream().map(CompanyId::value).toList())
                .query(SUMMARY_ROW)
                .list();
    }

    List<CompanySummary> all() {
        return jdbc.sql(SUMMARY + "ORDER BY c.id").query(SUMMARY_ROW).list();
    }

    List<CompanySummary> ofMember(UserId user) {
        return jdbc.sql(SUMMARY + "JOIN company_member m ON m.company_id = c.id WHERE m.user_id = :user ORDER BY c.id")
                .param("user", user.value())
                .query(SUMMARY_ROW)
                .list();
    }

    Optional<CompanyRole> roleOf(UserId user, CompanyId company) {
        return jdbc.sql("SELECT role FROM company_member WHERE user_id = :user AND company_id = :company")
                .param("user", user.value())
                .param("company", company.value())
                .query((rs, n) -> CompanyRole.valueOf(rs.getString(1)))
                .optional();
    }
}
