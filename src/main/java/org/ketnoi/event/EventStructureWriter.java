package org.ketnoi.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.organization.AgencyId;
import org.ketnoi.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes an event's connection points, trade rooms and grid days in place: rows that stay keep their
 * ids (participants and, later, meeting tables refer to them), new ones are inserted, removed ones
 * deleted. An id that is not one of this event's rows counts as new, so no request can touch another
 * event's rows. A connection point participants registered for is never deleted.
 */
@Component
class EventStructureWriter {

    private final JdbcClient jdbc;

    EventStructureWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long eventId, Event event) {
        writeOrganizers(eventId, event.organizers());
        Set<Long> oldPoints = ids("connection_point", eventId);
        Set<Long> oldRooms = ids("trade_room", eventId);
        Set<Long> keptPoints = new HashSet<>();
        Set<Long> keptRooms = new HashSet<>();
        for (ConnectionPoint point : event.connectionPoints()) {
            if (oldPoints.contains(point.id())) {
                keptPoints.add(point.id());
            }
            point.tradeRooms().stream()
                    .map(TradeRoom::id)
                    .filter(oldRooms::contains)
                    .forEach(keptRooms::add);
        }
        deleteRooms(eventId, oldRooms, keptRooms);
        deletePoints(eventId, oldPoints, keptPoints);
        int position = 0;
        for (ConnectionPoint point : event.connectionPoints()) {
            long pointId = keptPoints.contains(point.id())
                    ? updatePoint(eventId, point, position++)
                    : insertPoint(eventId, point, position++);
            writeRooms(eventId, pointId, point.tradeRooms(), keptRooms);
        }
        writeGrid(eventId, event.grid());
    }

    private void writeOrganizers(long eventId, List<AgencyId> organizers) {
        jdbc.sql("DELETE FROM event_organizer WHERE event_id = :id")
                .param("id", eventId)
                .update();
        for (AgencyId agency : organizers) {
            jdbc.sql("INSERT INTO event_organizer (event_id, agency_id) VALUES (:id, :agency)")
                    .param("id", eventId)
                    .param("agency", agency.value())
                    .update();
        }
    }

    private Set<Long> ids(String table, long eventId) {
        return new HashSet<>(jdbc.sql("SELECT id FROM " + table + " WHERE event_id = :id")
                .param("id", eventId)
                .query(Long.class)
                .list());
    }

    private void deleteRooms(long eventId, Set<Long> old, Set<Long> kept) {
        for (long id : old) {
            if (!kept.contains(id)) {
                jdbc.sql("DELETE FROM trade_room WHERE id = :id AND event_id = :event")
                        .param("id", id)
                        .param("event", eventId)
                        .update();
            }
        }
    }

    private void deletePoints(long eventId, Set<Long> old, Set<Long> kept) {
        for (long id : old) {
            if (kept.contains(id)) {
                continue;
            }
            long participants = jdbc.sql("SELECT COUNT(*) FROM event_participant WHERE connection_point_id = :id")
                    .param("id", id)
                    .query(Long.class)
                    .single();
            if (participants > 0) {
                throw new ConflictException("participant.error.point-in-use", participants);
            }
            jdbc.sql("DELETE FROM connection_point WHERE id = :id AND event_id = :event")
                    .param("id", id)
                    .param("event", eventId)
                    .update();
        }
    }

    private long insertPoint(long eventId, ConnectionPoint point, int position) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO connection_point (event_id, sort_order, name_vi, name_zh, name_en, city, country, address,
                time_zone, mode) VALUES (:event, :position, :vi, :zh, :en, :city, :country, :address, :zone, :mode)""").params(pointColumns(eventId, point, position)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private long updatePoint(long eventId, ConnectionPoint point, int position) {
        jdbc.sql("""
                UPDATE connection_point SET sort_order = :position, name_vi = :vi, name_zh = :zh, name_en = :en,
                city = :city, country = :country, address = :address, time_zone = :zone, mode = :mode
                WHERE id = :id AND event_id = :event""")
                .params(pointColumns(eventId, point, position))
                .param("id", point.id())
                .update();
        return point.id();
    }

    private static Map<String, @Nullable Object> pointColumns(long eventId, ConnectionPoint point, int position) {
        Map<String, @Nullable Object> map = new HashMap<>();
        map.put("event", eventId);
        map.put("position", position);
        map.put("vi", point.name().vi());
        map.put("zh", point.name().zh());
        map.put("en", point.name().en());
        map.put("city", point.city());
        map.put("country", point.country());
        map.put("address", point.address());
        map.put("zone", point.timeZone().getId());
        map.put("mode", point.mode().name());
        return map;
    }

    private void writeRooms(long eventId, long pointId, List<TradeRoom> rooms, Set<Long> kept) {
        int position = 0;
        for (TradeRoom room : rooms) {
            String sql = kept.contains(room.id()) ? """
                    UPDATE trade_room SET connection_point_id = :point, sort_order = :position, name_vi = :vi,
                    name_zh = :zh, name_en = :en, sector = :sector, table_count = :tables
                    WHERE id = :id AND event_id = :event""" : """
                    INSERT INTO trade_room (event_id, connection_point_id, sort_order, name_vi, name_zh, name_en,
                    sector, table_count) VALUES (:event, :point, :position, :vi, :zh, :en, :sector, :tables)""";
            var statement = jdbc.sql(sql)
                    .param("event", eventId)
                    .param("point", pointId)
                    .param("position", position++)
                    .param("vi", room.name().vi())
                    .param("zh", room.name().zh())
                    .param("en", room.name().en())
                    .param("sector", room.sector())
                    .param("tables", room.tables());
            if (kept.contains(room.id())) {
                statement = statement.param("id", room.id());
            }
            statement.update();
        }
    }

    /** Grid days are keyed by their date: a day that stays keeps its row. */
    private void writeGrid(long eventId, List<GridDay> grid) {
        Set<LocalDate> dates = new HashSet<>();
        for (GridDay day : grid) {
            dates.add(day.date());
            int updated = jdbc.sql("""
                    UPDATE grid_day SET start_time = :start, end_time = :end, slot_minutes = :slot, breaks = :breaks
                    WHERE event_id = :id AND meeting_date = :day""").params(dayColumns(eventId, day)).update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO grid_day (event_id, meeting_date, start_time, end_time, slot_minutes, breaks)
                        VALUES (:id, :day, :start, :end, :slot, :breaks)""").params(dayColumns(eventId, day)).update();
            }
        }
        List<LocalDate> stored = jdbc.sql("SELECT meeting_date FROM grid_day WHERE event_id = :id")
                .param("id", eventId)
                .query(LocalDate.class)
                .list();
        for (LocalDate date : stored) {
            if (!dates.contains(date)) {
                jdbc.sql("DELETE FROM grid_day WHERE event_id = :id AND meeting_date = :day")
                        .param("id", eventId)
                        .param("day", date)
                        .update();
            }
        }
    }

    private static Map<String, Object> dayColumns(long eventId, GridDay day) {
        return Map.of(
                "id", eventId,
                "day", day.date(),
                "start", day.start(),
                "end", day.end(),
                "slot", day.slotMinutes(),
                "breaks", day.breaksText());
    }
}
