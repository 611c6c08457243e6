package org.ketnoi.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.organization.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores the event aggregate. Connection points, trade rooms and grid days are updated in place by
 * {@link EventStructureWriter}, so their ids stay stable across edits.
 */
@Repository
class EventRepository {

    private final JdbcClient jdbc;
    private final EventStructureWriter structure;

    EventRepository(JdbcClient jdbc, EventStructureWriter structure) {
        this.jdbc = jdbc;
        this.structure = structure;
    }

    /** Inserts or updates the event and returns its id. */
    EventId save(Event event, Instant now) {
        long id = event.id().value();
        if (id == 0) {
            id = insert(event, now);
        } else {
            jdbc.sql("""
                    UPDATE event SET title_vi = :tvi, title_zh = :tzh, title_en = :ten, description_vi = :dvi,
                    description_zh = :dzh, description_en = :den, kind = :kind, status = :status,
                    start_date = :start, end_date = :end, time_zone = :zone, registration_opens = :opens,
                    registration_closes = :closes, updated_at = :now WHERE id = :id""").params(columns(event, now)).param("id", id).update();
        }
        structure.write(id, event);
        return new EventId(id);
    }

    private long insert(Event event, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO event (title_vi, title_zh, title_en, description_vi, description_zh, description_en,
                kind, status, start_date, end_date, time_zone, registration_opens, registration_closes,
                created_at, updated_at)
                VALUES (:tvi, :tzh, :ten, :dvi, :dzh, :den, :kind, :status, :start, :end, :zone, :opens,
                :closes, :now, :now)""").params(columns(event, now)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static Map<String, @Nullable Object> columns(Event event, Instant now) {
        EventDetails d = event.details();
        Map<String, @Nullable Object> map = new HashMap<>();
        map.put("tvi", d.title().vi());
        map.put("tzh", d.title().zh());
        map.put("ten", d.title().en());
        map.put("dvi", d.description().vi());
        map.put("dzh", d.description().zh());
        map.put("den", d.description().en());
        map.put("kind", d.kind().name());
        map.put("status", event.status().name());
        map.put("start", d.startDate());
        map.put("end", d.endDate());
        map.put("zone", d.timeZone() == null ? null : d.timeZone().getId());
        map.put("opens", timestamp(d.registrationOpens()));
        map.put("closes", timestamp(d.registrationCloses()));
        map.put("now", timestamp(now));
        return map;
    }

    Optional<Event> find(EventId id) {
        return jdbc.sql("SELECT * FROM event WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::load);
    }

    /** Events that are published, or co-organised by one of the agencies; newest start first. */
    List<Event> findVisible(Collection<AgencyId> agencies) {
        List<Long> ids = agencies.isEmpty()
                ? List.of(-1L)
                : agencies.stream().map(AgencyId::value).toList();
        return jdbc.sql("""
                SELECT * FROM event WHERE status <> 'DRAFT'
                OR id IN (SELECT event_id FROM event_organizer WHERE agency_id IN (:agencies))
                ORDER BY start_date DESC, id DESC""").param("agencies", ids).query((rs, n) -> row(rs)).list().stream()
                .map(this::load)
                .toList();
    }

    /** Events co-organised by one of the agencies (any status); newest start first. */
    List<Event> findOrganizedBy(Collection<AgencyId> agencies) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("""
                SELECT * FROM event WHERE id IN (SELECT event_id FROM event_organizer WHERE agency_id IN (:agencies))
                ORDER BY start_date DESC, id DESC""")
                .param("agencies", agencies.stream().map(AgencyId::value).toList())
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .map(this::load)
                .toList();
    }

    List<Event> findAll() {
        return jdbc
                .sql("SELECT * FROM event ORDER BY start_date DESC, id DESC")
                .query((rs, n) -> row(rs))
                .list()
                .stream()
                .map(this::load)
                .toList();
    }

    /** The event's own columns, before its children are loaded. */
    private record Row(long id, EventDetails details, EventStatus status) {}

    private static Row row(ResultSet rs) throws SQLException {
        String zone = rs.getString("time_zone");
        EventDetails details = new EventDetails(
                text(rs, "title"),
                text(rs, "description"),
                EventKind.valueOf(rs.getString("kind")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                zone == null ? null : ZoneId.of(zone),
                instant(rs.getObject("registration_opens", OffsetDateTime.class)),
                instant(rs.getObject("registration_closes", OffsetDateTime.class)),
                List.of());
        return new Row(rs.getLong("id"), details, EventStatus.valueOf(rs.getString("status")));
    }

    private Event load(Row row) {
        List<AgencyId> organizers = jdbc.sql(
                        "SELECT agency_id FROM event_organizer WHERE event_id = :id ORDER BY agency_id")
                .param("id", row.id())
                .query((rs, n) -> new AgencyId(rs.getLong(1)))
                .list();
        return new Event(
                row.id(), row.details().withOrganizers(organizers), row.status(), points(row.id()), grid(row.id()));
    }

    private List<ConnectionPoint> points(long eventId) {
        Map<Long, List<TradeRoom>> rooms = new HashMap<>();
        jdbc.sql("SELECT * FROM trade_room WHERE event_id = :id ORDER BY sort_order, id")
                .param("id", eventId)
                .query((rs, n) -> Map.entry(
                        rs.getLong("connection_point_id"),
                        new TradeRoom(
                                rs.getLong("id"), text(rs, "name"), rs.getString("sector"), rs.getInt("table_count"))))
                .list()
                .forEach(entry -> rooms.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(entry.getValue()));
        return jdbc.sql("SELECT * FROM connection_point WHERE event_id = :id ORDER BY sort_order, id")
                .param("id", eventId)
                .query((rs, n) -> new ConnectionPoint(
                        rs.getLong("id"),
                        text(rs, "name"),
                        rs.getString("city"),
                        rs.getString("country"),
                        rs.getString("address"),
                        ZoneId.of(rs.getString("time_zone")),
                        ConnectionPointMode.valueOf(rs.getString("mode")),
                        rooms.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private List<GridDay> grid(long eventId) {
        return jdbc.sql("SELECT * FROM grid_day WHERE event_id = :id ORDER BY meeting_date")
                .param("id", eventId)
                .query((rs, n) -> new GridDay(
                        rs.getObject("meeting_date", LocalDate.class),
                        rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class),
                        rs.getInt("slot_minutes"),
                        GridDay.parseBreaks(rs.getString("breaks"))))
                .list();
    }

    private static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
        return new LocalizedText(
                rs.getString(prefix + "_vi"), rs.getString(prefix + "_zh"), rs.getString(prefix + "_en"));
    }

    private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
