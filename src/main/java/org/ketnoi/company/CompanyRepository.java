package org.ketnoi.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.UserId;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Company rows and their members; lists of codes are stored space-separated. */
@Repository
class CompanyRepository {

    private static final String SUMMARY =
            "SELECT c.id, c.name_vi, c.name_zh, c.name_en, c.country, c.province_code, c.verified FROM company c ";

    private static final RowMapper<CompanySummary> SUMMARY_ROW = (rs, n) -> new CompanySummary(
            new CompanyId(rs.getLong("id")),
            text(rs, "name"),
            rs.getString("country"),
            rs.getString("province_code"),
            rs.getBoolean("verified"));

    /** A stored profile with the flags that are not part of what members write. */
    record Stored(CompanyDetails details, boolean verified, boolean hasLogo) {}

    private final JdbcClient jdbc;

    CompanyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CompanyId insert(CompanyDetails company, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO company (name_vi, name_zh, name_en, description_vi, description_zh, description_en,
                country, province_code, address, website, year_founded, employees, revenue, sectors, certifications,
                export_markets, languages, tax_code, contact_person, contact_email, contact_phone, verified,
                created_at, updated_at)
                VALUES (:nvi, :nzh, :nen, :dvi, :dzh, :den, :country, :province, :address, :website, :year,
                :employees, :revenue, :sectors, :certifications, :markets, :languages, :tax, :person, :email,
                :phone, FALSE, :now, :now)""").params(columns(company, now)).update(keys, "id");
        return new CompanyId(keys.getKeyAs(Long.class));
    }

    void update(CompanyId id, CompanyDetails company, Instant now) {
        jdbc.sql("""
                UPDATE company SET name_vi = :nvi, name_zh = :nzh, name_en = :nen, description_vi = :dvi,
                description_zh = :dzh, description_en = :den, country = :country, province_code = :province,
                address = :address, website = :website, year_founded = :year, employees = :employees,
                revenue = :revenue, sectors = :sectors, certifications = :certifications,
                export_markets = :markets, languages = :languages, tax_code = :tax, contact_person = :person,
                contact_email = :email, contact_phone = :phone, updated_at = :now WHERE id = :id""").params(columns(company, now)).param("id", id.value()).update();
    }

    private static Map<String, @Nullable Object> columns(CompanyDetails c, Instant now) {
        Map<String, @Nullable Object> map = new HashMap<>();
        map.put("nvi", c.name().vi());
        map.put("nzh", c.name().zh());
        map.put("nen", c.name().en());
        map.put("dvi", c.description().vi());
        map.put("dzh", c.description().zh());
        map.put("den", c.description().en());
        map.put("country", c.country());
        map.put("province", c.provinceCode());
        map.put("address", c.address());
        map.put("website", c.website());
        map.put("year", c.yearFounded());
        map.put("employees", c.employees() == null ? null : c.employees().name());
        map.put("revenue", c.revenue() == null ? null : c.revenue().name());
        map.put("sectors", String.join(" ", c.sectors()));
        map.put("certifications", c.certifications().stream().map(Enum::name).collect(Collectors.joining(" ")));
        map.put("markets", String.join(" ", c.exportMarkets()));
        map.put(
                "languages",
                EnumSet.copyOf(c.languages().isEmpty() ? EnumSet.noneOf(Language.class) : c.languages()).stream()
                        .map(Enum::name)
                        .collect(Collectors.joining(" ")));
        map.put("tax", c.taxCode());
        map.put("person", c.contacts().person());
        map.put("email", c.contacts().email());
        map.put("phone", c.contacts().phone());
        map.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return map;
    }

    Optional<Stored> findDetails(CompanyId id) {
        return jdbc.sql("""
                SELECT c.*, (SELECT COUNT(*) FROM company_logo l WHERE l.company_id = c.id) AS logos
                FROM company c WHERE c.id = :id""")
                .param("id", id.value())
                .query((rs, n) -> new Stored(details(rs), rs.getBoolean("verified"), rs.getInt("logos") > 0))
                .optional();
    }

    /** Every company's profile with its id and verified flag, in id order. */
    List<CompanyProfile> allProfiles() {
        return jdbc.sql("SELECT c.* FROM company c ORDER BY c.id")
                .query((rs, n) -> new CompanyProfile(
                        new CompanyId(rs.getLong("id")), details(rs), rs.getBoolean("verified"), false, false))
                .list();
    }

    private static CompanyDetails details(ResultSet rs) throws SQLException {
        String employees = rs.getString("employees");
        String revenue = rs.getString("revenue");
        return new CompanyDetails(
                text(rs, "name"),
                text(rs, "description"),
                rs.getString("country"),
                rs.getString("province_code"),
                rs.getString("address"),
                rs.getString("website"),
                rs.getObject("year_founded", Integer.class),
                employees == null ? null : EmployeeBand.valueOf(employees),
                revenue == null ? null : RevenueBand.valueOf(revenue),
                codes(rs.getString("sectors")),
                codes(rs.getString("certifications")).stream()
                        .map(Certification::valueOf)
                        .toList(),
                codes(rs.getString("export_markets")),
                Set.copyOf(codes(rs.getString("languages")).stream()
                        .map(Language::valueOf)
                        .toList()),
                rs.getString("tax_code"),
                new CompanyContacts(
                        rs.getString("contact_person"), rs.getString("contact_email"), rs.getString("contact_phone")));
    }

    private static List<String> codes(String text) {
        return Arrays.stream(text.split(" ")).filter(code -> !code.isEmpty()).toList();
    }

    private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
        return new LocalizedText(
                rs.getString(prefix + "_vi"), rs.getString(prefix + "_zh"), rs.getString(prefix + "_en"));
    }

    Optional<CompanyId> withTaxCode(String taxCode) {
        return jdbc.sql("SELECT id FROM company WHERE tax_code = :tax")
                .param("tax", taxCode)
                .query((rs, n) -> new CompanyId(rs.getLong(1)))
                .optional();
    }

    List<CompanyId> withContactEmail(String email) {
        return jdbc.sql("SELECT id FROM company WHERE LOWER(contact_email) = LOWER(:email) ORDER BY id")
                .param("email", email)
                .query((rs, n) -> new CompanyId(rs.getLong(1)))
                .list();
    }

    boolean hasMembers(CompanyId id) {
        return jdbc.sql("SELECT COUNT(*) FROM company_member WHERE company_id = :id")
                        .param("id", id.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void setVerified(CompanyId id, boolean verified, Instant now) {
        jdbc.sql("UPDATE company SET verified = :verified, updated_at = :now WHERE id = :id")
                .param("verified", verified)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("id", id.value())
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

    /** The companies among {@code ids} that have no members. */
    Set<CompanyId> withoutMembers(Collection<CompanyId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        SELECT c.id FROM company c WHERE c.id IN (:ids)
                        AND NOT EXISTS (SELECT 1 FROM company_member m WHERE m.company_id = c.id)""")
                .param("ids", ids.stream().map(CompanyId::value).toList())
                .query((rs, n) -> new CompanyId(rs.getLong(1)))
                .list());
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
