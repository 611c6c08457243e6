package org.ketnoi.scheduling.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ketnoi.event.EventId;

/**
 * The published schedule as organisers print and check it: per trade room a grid of slots by tables
 * (times in the room's connection point's zone), and the online meetings (times in the event's zone).
 */
public record ScheduleGrid(
        EventId event,
        String eventTitle,
        @Nullable Integer version,
        List<Room> rooms,
        String onlineZoneLabel,
        List<Row> online) {

    public ScheduleGrid {
        rooms = List.copyOf(rooms);
        online = List.copyOf(online);
    }

    /** Both companies of a meeting and its interpreter, in the reader's language. */
    public record Cell(
            String first,
            String second,
            @Nullable String interpreter,
            @Nullable String onlineUrl) {}

    public record Row(String time, Cell cell) {}

    /** One slot of a room: a cell per table, {@code null} where the table is free. */
    public record Slot(String time, List<@Nullable Cell> cells) {

        public Slot {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    public record Room(String name, String point, String zoneLabel, List<Integer> tables, List<Slot> slots) {

        public Room {
            tables = List.copyOf(tables);
            slots = List.copyOf(slots);
        }
    }

    /** One table's meetings, a page of the printable table sheets. */
    public record Sheet(String room, String point, int table, String zoneLabel, List<Row> rows) {}

    /** A sheet for every table with at least one meeting, by room then table. */
    public List<Sheet> sheets() {
        List<Sheet> sheets = new ArrayList<>();
        for (Room room : rooms) {
            for (int i = 0; i < room.tables().size(); i++) {
                int column = i;
                List<Row> rows = room.slots().stream()
                        .filter(slot -> slot.cells().get(column) != null)
                        .map(slot -> new Row(
                                slot.time(), Objects.requireNonNull(slot.cells().get(column))))
                        .toList();
                if (!rows.isEmpty()) {
                    sheets.add(
                            new Sheet(room.name(), room.point(), room.tables().get(i), room.zoneLabel(), rows));
                }
            }
        }
        return sheets;
    }
}
