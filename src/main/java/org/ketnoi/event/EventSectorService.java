package org.ketnoi.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.taxonomy.Sector;
import org.ketnoi.taxonomy.SectorCatalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which sectors of the default {@link SectorCatalog} an event uses. An event without a choice uses the
 * whole list, and choosing the whole list stores nothing, so sectors added to the catalog later reach
 * such events too. Custom sectors with their own names are not supported yet.
 */
@Service
public class EventSectorService {

    private final EventService events;
    private final SectorCatalog catalog;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;

    EventSectorService(
            EventService events,
            SectorCatalog catalog,
            JdbcClient jdbc,
            AuditLog audit,
            ApplicationEventPublisher publisher) {
        this.events = events;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.audit = audit;
        this.publisher = publisher;
    }

    /**
     * The event's sectors in catalog order.
     *
     * @throws EventNotFoundException when missing, or a draft the reader does not organise
     */
    @Transactional(readOnly = true)
    public List<Sector> sectors(EventId id, @Nullable AccountUser reader) {
        return sectors(events.get(id, reader));
    }

    /** The sectors of an event the caller has already read (and so may see), in catalog order. */
    @Transactional(readOnly = true)
    public List<Sector> sectors(Event event) {
        Set<String> chosen = chosenCodes(event.id());
        if (chosen.isEmpty()) {
            return catalog.defaults();
        }
        return catalog.defaults().stream()
                .filter(s -> chosen.contains(s.code()))
                .toList();
    }

    /**
     * Replaces the event's sectors with the given default sector codes.
     *
     * @throws ForbiddenException unless the actor organises the event
     * @throws InvalidInputException on {@code sectors} when the list is empty or holds an unknown code;
     *     nothing is changed then
     */
    @Transactional
    public void choose(EventId id, List<String> codes, AccountUser actor) {
        Event event = events.get(id, actor);
        if (!events.canManage(event, actor)) {
            throw new ForbiddenException("event.error.not-organiser");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String code : codes) {
            String stripped = code.strip();
            if (catalog.find(stripped).isEmpty()) {
                throw new InvalidInputException("sectors", "event.sector.error.unknown", stripped);
            }
            chosen.add(stripped);
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException("sectors", "event.sector.error.none");
        }
        jdbc.sql("DELETE FROM event_sector WHERE event_id = :id")
                .param("id", id.value())
                .update();
        if (chosen.size() < catalog.defaults().size()) {
            for (String code : chosen) {
                jdbc.sql("INSERT INTO event_sector (event_id, sector_code) VALUES (:id, :code)")
                        .param("id", id.value())
                        .param("code", code)
                        .update();
            }
        }
        audit.record(
                "event.sectors.chosen", actor.id().value(), id.value(), Map.of("sectors", String.join(" ", chosen)));
        publisher.publishEvent(new EventUpdated(id));
    }

    private Set<String> chosenCodes(EventId id) {
        return new LinkedHashSet<>(jdbc.sql("SELECT sector_code FROM event_sector WHERE event_id = :id")
                .param("id", id.value())
                .query(String.class)
                .list());
    }
}
