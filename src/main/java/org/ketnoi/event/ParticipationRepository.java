package org.ketnoi.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.UserId;
import org.ketnoi.company.CompanyId;
import org.ketnoi.i18n.Language;
import org.ketnoi.organization.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Registrations of companies for events; every query takes the event id. */
@Repository
class ParticipationRepository {

    private final JdbcClient jdbc;

    ParticipationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ParticipationId insert(EventId event, Registration r, ParticipationStatus status, UserId by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        boolean decided = status != ParticipationStatus.PENDING;
        jdbc.sql("""
                INSERT INTO event_participant (event_id, company_id, role, connection_point_id, attendance, languages,
                status, registered_by, registered_at, decided_at, decided_by)
                VALUES (:event, :company, :role, :point, :attendance, :languages, :status, :by, :at, :decidedAt,
                :decidedBy)""")
                .param("event", event.value())
                .param("company", r.company().value())
                .param("role", r.role().name())
                .param("point", r.connectionPoint())
                .param("attendance", r.attendance().name())
                .param(
                        "languages",
                        r.languages().stream().sorted().map(Enum::name).collect(Collectors.joining(" ")))
                .param("status", status.name())
                .param("by", by.value())
                .param("at", at)
                .param("decidedAt", decided ? at : null)
                .param("decidedBy", decided ? by.value() : null)
                .update(keys, "id");
        return new ParticipationId(keys.getKeyAs(Long.class));
    }

    void decide(
            EventId event,
            ParticipationId id,
            ParticipationStatus status,
            @Nullable String reason,
            UserId by,
            Instant now) {
        jdbc.sql("""
                UPDATE event_participant SET status = :status, reason = :reason, decided_at = :at, decided_by = :by
                WHERE id = :id AND event_id = :event""")
                .param("status", status.name())
                .param("reason", reason)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("by", by.value())
                .param("id", id.value())
                .param("event", event.value())
                .update();
    }

    /** Replaces what the company chose; back to PENDING clears the earlier decision. */
    void change(EventId event, ParticipationId id, Registration r, ParticipationStatus status) {
        boolean undecided = status == ParticipationStatus.PENDING;
        jdbc.sql("UPDATE event_participant SET role = :role, connection_point_id = :point, attendance = :attendance,"
                        + " languages = :languages, status = :status"
                        + (undecided ? ", decided_at = NULL, decided_by = NULL, reason = NULL" : "")
                        + " WHERE id = :id AND event_id = :event")
                .param("role", r.role().name())
                .param("point", r.connectionPoint())
                .param("attendance", r.attendance().name())
                .param(
                        "languages",
                        r.languages().stream().sorted().map(Enum::name).collect(Collectors.joining(" ")))
                .param("status", status.name())
                .param("id", id.value())
                .param("event", event.value())
                .update();
    }

    void withdraw(EventId event, ParticipationId id) {
        jdbc.sql("UPDATE event_participant SET status = 'WITHDRAWN' WHERE id = :id AND event_id = :event")
                .param("id", id.value())
                .param("event", event.value())
                .update();
    }

    /** Locks the registration's row until the transaction ends; false when it is not one of the event. */
    boolean lock(EventId event, ParticipationId id) {
        return jdbc.sql("SELECT id FROM event_participant WHERE event_id = :event AND id = :id FOR UPDATE")
                .param("event", event.value())
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .isPresent();
    }

    Optional<Participation> find(EventId event, ParticipationId id) {
        return jdbc.sql("SELECT * FROM event_participant WHERE id = :id AND event_id = :event")
                .param("id", id.value())
                .param("event", event.value())
                .query((rs, n) -> row(rs))
                .optional();
    }

    boolean exists(EventId event, CompanyId company) {
        return jdbc.sql("SELECT COUNT(*) FROM event_participant WHERE event_id = :event AND company_id = :company")
                        .param("event", event.value())
                        .param("company", company.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The event's registrations, optionally of one status and role, oldest first. */
    List<Participation> ofEvent(EventId event, @Nullable ParticipationStatus status, @Nullable ParticipantRole role) {
        String sql = "SELECT * FROM event_participant WHERE event_id = :event"
                + (status == null ? "" : " AND status = :status")
                + (role == null ? "" : " AND role = :role")
                + " ORDER BY registered_at, id";
        var query = jdbc.sql(sql).param("event", event.value());
        if (status != null) {
            query = query.param("status", status.name());
        }
        if (role != null) {
            query = query.param("role", role.name());
        }
        return query.query((rs, n) -> row(rs)).list();
    }

    /** The event's registrations of these companies. */
    List<Participation> ofCompanies(EventId event, Collection<CompanyId> companies) {
        if (companies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT * FROM event_participant WHERE event_id = :event AND company_id IN (:companies) ORDER BY id")
                .param("event", event.value())
                .param("companies", companies.stream().map(CompanyId::value).toList())
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Whether the company registered for an event one of the agencies co-organises. */
    boolean registeredWithAny(CompanyId company, Collection<AgencyId> agencies) {
        if (agencies.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        SELECT COUNT(*) FROM event_participant p JOIN event_organizer o ON o.event_id = p.event_id
                        WHERE p.company_id = :company AND o.agency_id IN (:agencies)""")
                        .param("company", company.value())
                        .param(
                                "agencies",
                                agencies.stream().map(AgencyId::value).toList())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Participation row(ResultSet rs) throws SQLException {
        OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        Long decidedBy = rs.getObject("decided_by", Long.class);
        return new Participation(
                new ParticipationId(rs.getLong("id")),
                new EventId(rs.getLong("event_id")),
                new CompanyId(rs.getLong("company_id")),
                ParticipantRole.valueOf(rs.getString("role")),
                rs.getLong("connection_point_id"),
                Attendance.valueOf(rs.getString("attendance")),
                languages(rs.getString("languages")),
                ParticipationStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                decidedAt == null ? null : decidedAt.toInstant(),
                decidedBy == null ? null : new UserId(decidedBy));
    }

    private static Set<Language> languages(String text) {
        return Arrays.stream(text.split(" "))
                .filter(code -> !code.isEmpty())
                .map(Language::valueOf)
                .collect(Collectors.toSet());
    }
}
