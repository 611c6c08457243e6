package org.ketnoi.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.HsCode;
import org.ketnoi.taxonomy.Sector;
import org.ketnoi.taxonomy.SectorCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sectors of one event: which defaults it uses ({@code event_sector}, no rows meaning all) and the
 * sectors its organisers defined or renamed ({@code event_sector_definition}). Every query takes the
 * event.
 */
@Repository
class EventSectorRepository {

    static final String CUSTOM_PREFIX = "custom-";

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final JdbcClient jdbc;
    private final SectorCatalog catalog;

    EventSectorRepository(JdbcClient jdbc, SectorCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** The chosen defaults in catalog order (renamed where the event renamed them), then the custom ones. */
    List<EventSector> sectors(EventId event) {
        Set<String> chosen = chosenCodes(event);
        Map<String, EventSector> defined = new LinkedHashMap<>();
        definitions(event).forEach(sector -> defined.put(sector.code(), sector));
        List<EventSector> sectors = new ArrayList<>();
        for (Sector sector : catalog.defaults()) {
            if (chosen.isEmpty() || chosen.contains(sector.code())) {
                EventSector renamed = defined.get(sector.code());
                sectors.add(new EventSector(
                        sector.code(), renamed == null ? null : renamed.name(), sector.hsCodes(), false));
            }
        }
        defined.values().stream().filter(EventSector::custom).forEach(sectors::add);
        return sectors;
    }

    /** The codes a trade room of the event may use. */
    Set<String> codes(EventId event) {
        Set<String> codes = new LinkedHashSet<>();
        sectors(event).forEach(sector -> codes.add(sector.code()));
        return codes;
    }

    Set<String> chosenCodes(EventId event) {
        return new LinkedHashSet<>(jdbc.sql("SELECT sector_code FROM event_sector WHERE event_id = :id")
                .param("id", event.value())
                .query(String.class)
                .list());
    }

    void replaceChosen(EventId event, Set<String> codes) {
        jdbc.sql("DELETE FROM event_sector WHERE event_id = :id")
                .param("id", event.value())
                .update();
        for (String code : codes) {
            jdbc.sql("INSERT INTO event_sector (event_id, sector_code) VALUES (:id, :code)")
                    .param("id", event.value())
                    .param("code", code)
                    .update();
        }
    }

    /** The event's own sectors and renamed defaults, in the order they were defined. */
    List<EventSector> definitions(EventId event) {
        return jdbc.sql("""
                        SELECT sector_code, custom, name_vi, name_zh, name_en, hs_codes
                        FROM event_sector_definition WHERE event_id = :id ORDER BY position, sector_code""")
                .param("id", event.value())
                .query((rs, row) -> definition(rs))
                .list();
    }

    /** The next free custom code of the event: {@code custom-1}, {@code custom-2}... */
    String nextCustomCode(EventId event) {
        int next = jdbc
                        .sql("SELECT sector_code FROM event_sector_definition WHERE event_id = :id AND custom")
                        .param("id", event.value())
                        .query(String.class)
                        .list()
                        .stream()
                        .mapToInt(code -> Integer.parseInt(code.substring(CUSTOM_PREFIX.length())))
                        .max()
                        .orElse(0)
                + 1;
        return CUSTOM_PREFIX + next;
    }

    int customCount(EventId event) {
        return jdbc.sql("SELECT COUNT(*) FROM event_sector_definition WHERE event_id = :id AND custom")
                .param("id", event.value())
                .query(Integer.class)
                .single();
    }

    void insert(EventId event, EventSector sector) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM event_sector_definition WHERE event_id = :id")
                        .param("id", event.value())
                        .query(Integer.class)
                        .single()
                + 1;
        LocalizedText name = sector.name() == null ? LocalizedText.empty() : sector.name();
        jdbc.sql("""
                        INSERT INTO event_sector_definition
                        (event_id, sector_code, custom, name_vi, name_zh, name_en, hs_codes, position)
                        VALUES (:id, :code, :custom, :vi, :zh, :en, :hs, :position)""")
                .param("id", event.value())
                .param("code", sector.code())
                .param("custom", sector.custom())
                .param("vi", name.vi())
                .param("zh", name.zh())
                .param("en", name.en())
                .param("hs", sector.chapters())
                .param("position", position)
                .update();
    }

    void rename(EventId event, String code, LocalizedText name) {
        jdbc.sql("""
                        UPDATE event_sector_definition SET name_vi = :vi, name_zh = :zh, name_en = :en
                        WHERE event_id = :id AND sector_code = :code""")
                .param("id", event.value())
                .param("code", code)
                .param("vi", name.vi())
                .param("zh", name.zh())
                .param("en", name.en())
                .update();
    }

    void delete(EventId event, String code) {
        jdbc.sql("DELETE FROM event_sector_definition WHERE event_id = :id AND sector_code = :code")
                .param("id", event.value())
                .param("code", code)
                .update();
    }

    /** How many of the event's trade rooms use the sector. */
    int roomsUsing(EventId event, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM trade_room WHERE event_id = :id AND sector = :code")
                .param("id", event.value())
                .param("code", code)
                .query(Integer.class)
                .single();
    }

    private static EventSector definition(ResultSet rs) throws SQLException {
        List<HsCode> codes = Arrays.stream(SPACES.split(rs.getString("hs_codes").strip()))
                .filter(code -> !code.isEmpty())
                .map(HsCode::of)
                .toList();
        return new EventSector(
                rs.getString("sector_code"),
                new LocalizedText(rs.getString("name_vi"), rs.getString("name_zh"), rs.getString("name_en")),
                codes,
                rs.getBoolean("custom"));
    }
}
