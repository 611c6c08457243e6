package org.ketnoi.organization;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnoi.account.UserId;
import org.ketnoi.i18n.LocalizedText;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AgencyRepository {

    private static final String SELECT = "SELECT id, name_vi, name_zh, name_en, kind, country, city FROM agency ";

    private static final RowMapper<Agency> AGENCY = (rs, n) -> new Agency(
            new AgencyId(rs.getLong("id")),
            new LocalizedText(rs.getString("name_vi"), rs.getString("name_zh"), rs.getString("name_en")),
            AgencyKind.valueOf(rs.getString("kind")),
            rs.getString("country"),
            rs.getString("city"));

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AgencyId insert(AgencyDetails details, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO agency (name_vi, name_zh, name_en, kind, country, city, created_at)
                VALUES (:vi, :zh, :en, :kind, :country, :city, :now)""")
                .params(columns(details))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return new AgencyId(keys.getKeyAs(Long.class));
    }

    void update(AgencyId id, AgencyDetails details) {
        jdbc.sql("""
                UPDATE agency SET name_vi = :vi, name_zh = :zh, name_en = :en, kind = :kind,
                country = :country, city = :city WHERE id = :id""").params(columns(details)).param("id", id.value()).update();
    }

    private static Map<String, Object> columns(AgencyDetails details) {
        Map<String, Object> map = new HashMap<>();
        map.put("vi", details.name().vi());
        map.put("zh", details.name().zh());
        map.put("en", details.name().en());
        map.put("kind", details.kind().name());
        map.put("country", details.country());
        map.put("city", details.city());
        return map;
    }

    Optional<Agency> find(AgencyId id) {
        return jdbc.sql(SELECT + "WHERE id = :id")
                .param("id", id.value())
                .query(AGENCY)
                .optional();
    }

    List<Agency> findAll() {
        return jdbc.sql(SELECT + "ORDER BY id").query(AGENCY).list();
    }

    List<Agency> findAll(Collection<AgencyId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids.stream().map(AgencyId::value).toList())
                .query(AGENCY)
                .list();
    }

    List<Agency> findByStaff(UserId user) {
        return jdbc.sql(SELECT + "WHERE id IN (SELECT agency_id FROM agency_staff WHERE user_id = :user) ORDER BY id")
                .param("user", user.value())
                .query(AGENCY)
                .list();
    }

    List<UserId> staff(AgencyId id) {
        return jdbc.sql("SELECT user_id FROM agency_staff WHERE agency_id = :id ORDER BY user_id")
                .param("id", id.value())
                .query((rs, n) -> new UserId(rs.getLong(1)))
                .list();
    }

    boolean isStaff(UserId user, AgencyId agency) {
        return jdbc.sql("SELECT COUNT(*) FROM agency_staff WHERE agency_id = :agency AND user_id = :user")
                        .param("agency", agency.value())
                        .param("user", user.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void addStaff(AgencyId agency, UserId user) {
        jdbc.sql("INSERT INTO agency_staff (agency_id, user_id) VALUES (:agency, :user)")
                .param("agency", agency.value())
                .param("user", user.value())
                .update();
    }

    boolean removeStaff(AgencyId agency, UserId user) {
        return jdbc.sql("DELETE FROM agency_staff WHERE agency_id = :agency AND user_id = :user")
                        .param("agency", agency.value())
                        .param("user", user.value())
                        .update()
                > 0;
    }
}
