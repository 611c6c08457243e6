package org.ketnoi.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.i18n.Language;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.shared.NotFoundException;
import org.ketnoi.taxonomy.HsCode;
import org.ketnoi.taxonomy.HsLevel;
import org.ketnoi.taxonomy.HsNomenclature;
import org.ketnoi.taxonomy.Sector;
import org.ketnoi.taxonomy.SectorCatalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sectors an event uses: the default {@link SectorCatalog} or a subset of it, each default
 * perhaps renamed for the event, plus sectors the organisers defined with their own names and HS
 * chapters. An event without a choice uses the whole default list, and choosing the whole list stores
 * nothing, so sectors added to the catalog later reach such events too.
 */
@Service
public class EventSectorService {

    /** Enough for any fair; a limit keeps the manage page and every sector list readable. */
    static final int MAX_CUSTOM = 50;

    static final int MAX_NAME = 200;

    private final EventService events;
    private final SectorCatalog catalog;
    private final HsNomenclature hs;
    private final EventSectorRepository repository;
    private final MessageSource messages;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;

    EventSectorService(
            EventService events,
            SectorCatalog catalog,
            HsNomenclature hs,
            EventSectorRepository repository,
            MessageSource messages,
            AuditLog audit,
            ApplicationEventPublisher publisher) {
        this.events = events;
        this.catalog = catalog;
        this.hs = hs;
        this.repository = repository;
        this.messages = messages;
        this.audit = audit;
        this.publisher = publisher;
    }

    /**
     * The event's sectors: chosen defaults in catalog order, then its custom sectors.
     *
     * @throws EventNotFoundException when missing, or a draft the reader does not organise
     */
    @Transactional(readOnly = true)
    public List<Sector> sectors(EventId id, @Nullable AccountUser reader) {
        return sectors(events.get(id, reader));
    }

    /** The sectors of an event the caller has already read (and so may see), as in {@link #sectors(EventId, AccountUser)}. */
    @Transactional(readOnly = true)
    public List<Sector> sectors(Event event) {
        return repository.sectors(event.id()).stream()
                .map(EventSector::asSector)
                .toList();
    }

    /** The event's sectors with the event's own names, in the order of {@link #sectors(Event)}. */
    @Transactional(readOnly = true)
    public List<EventSector> eventSectors(Event event) {
        return repository.sectors(event.id());
    }

    /**
     * @throws EventNotFoundException when missing, or a draft the reader does not organise
     */
    @Transactional(readOnly = true)
    public List<EventSector> eventSectors(EventId id, @Nullable AccountUser reader) {
        return eventSectors(events.get(id, reader));
    }

    /** Every default sector with the event's name for it where renamed, for the organisers' choice. */
    @Transactional(readOnly = true)
    public List<EventSector> defaultsFor(Event event) {
        Map<String, LocalizedText> renamed = new LinkedHashMap<>();
        repository.definitions(event.id()).stream()
                .filter(EventSector::renamed)
                .forEach(sector -> renamed.put(sector.code(), sector.name()));
        return catalog.defaults().stream()
                .map(s -> new EventSector(s.code(), renamed.get(s.code()), s.hsCodes(), false))
                .toList();
    }

    /**
     * One sector of the event, or a default sector it does not use (which organisers may still rename).
     *
     * @throws EventNotFoundException when missing, or a draft the reader does not organise
     */
    @Transactional(readOnly = true)
    public Optional<EventSector> find(EventId id, String code, @Nullable AccountUser reader) {
        Event event = events.get(id, reader);
        return Stream.concat(repository.sectors(id).stream(), defaultsFor(event).stream())
                .filter(sector -> sector.code().equals(code))
                .findFirst();
    }

    /** The name of a sector for a reader: the event's own, else the taxonomy's. */
    public String name(EventSector sector, Language reader) {
        LocalizedText own = sector.name();
        return own != null && !own.isEmpty()
                ? own.in(reader)
                : messages.getMessage(sector.messageKey(), null, sector.code(), reader.locale());
    }

    /**
     * The name of every sector of the event by code, in the reader's language, in list order; codes
     * of trade rooms no longer in the list keep their taxonomy name when they have one.
     */
    @Transactional(readOnly = true)
    public Map<String, String> names(Event event, Language reader) {
        Map<String, String> names = new LinkedHashMap<>();
        for (EventSector sector : repository.sectors(event.id())) {
            names.put(sector.code(), name(sector, reader));
        }
        for (ConnectionPoint point : event.connectionPoints()) {
            for (TradeRoom room : point.tradeRooms()) {
                names.computeIfAbsent(
                        room.sector(),
                        code -> messages.getMessage("taxonomy.sector." + code, null, code, reader.locale()));
            }
        }
        return names;
    }

    /**
     * As {@link #names(Event, Language)} for an event the reader may see.
     *
     * @throws EventNotFoundException when missing, or a draft the reader does not organise
     */
    @Transactional(readOnly = true)
    public Map<String, String> names(EventId id, @Nullable AccountUser reader, Language language) {
        return names(events.get(id, reader), language);
    }

    /**
     * Replaces the event's default sectors with the given default codes (custom sectors stay).
     *
     * @throws ForbiddenException unless the actor organises the event
     * @throws InvalidInputException on {@code sectors} when the list is empty or holds an unknown code;
     *     nothing is changed then
     */
    @Transactional
    public void choose(EventId id, List<String> codes, AccountUser actor) {
        manageable(id, actor);
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
        repository.replaceChosen(id, chosen.size() < catalog.defaults().size() ? chosen : Set.of());
        audit.record(
                "event.sectors.chosen", actor.id().value(), id.value(), Map.of("sectors", String.join(" ", chosen)));
        publisher.publishEvent(new EventUpdated(id));
    }

    /**
     * Adds a sector of the event's own.
     *
     * @param chapters HS chapters ("09", "9" or "0901" is refused: chapters only), may be empty
     * @return the new sector's code ({@code custom-N})
     * @throws ForbiddenException unless the actor organises the event
     * @throws InvalidInputException on {@code name} when no language has a name or a name is too long,
     *     on {@code chapters} when a chapter is not one of the nomenclature, on {@code sectors} when the
     *     event has {@value #MAX_CUSTOM} custom sectors already; nothing is changed then
     */
    @Transactional
    public String addCustom(EventId id, LocalizedText name, List<String> chapters, AccountUser actor) {
        manageable(id, actor);
        checkName(name, true);
        List<HsCode> codes = chapters(chapters);
        if (repository.customCount(id) >= MAX_CUSTOM) {
            throw new InvalidInputException("sectors", "event.sector.error.too-many", MAX_CUSTOM);
        }
        String code = repository.nextCustomCode(id);
        EventSector sector = new EventSector(code, name, codes, true);
        repository.insert(id, sector);
        audit.record(
                "event.sector.added",
                actor.id().value(),
                id.value(),
                Map.of("code", code, "name", name.in(Language.VI), "chapters", sector.chapters()));
        publisher.publishEvent(new EventUpdated(id));
        return code;
    }

    /**
     * Renames one of the event's sectors for this event. A default sector given no name at all gets
     * its taxonomy name back; a custom sector needs a name in at least one language.
     *
     * @throws NotFoundException when the code is neither a default sector nor one of the event's own
     * @throws InvalidInputException on {@code name}, as for {@link #addCustom}
     */
    @Transactional
    public void rename(EventId id, String code, LocalizedText name, AccountUser actor) {
        manageable(id, actor);
        Optional<EventSector> existing = definition(id, code);
        boolean custom = existing.map(EventSector::custom).orElse(false);
        if (!custom && catalog.find(code).isEmpty()) {
            throw new NotFoundException("event.sector.error.not-found", code);
        }
        checkName(name, custom);
        if (custom) {
            repository.rename(id, code, name);
        } else {
            repository.delete(id, code);
            if (!name.isEmpty()) {
                repository.insert(id, new EventSector(code, name, List.of(), false));
            }
        }
        audit.record(
                "event.sector.renamed",
                actor.id().value(),
                id.value(),
                Map.of("code", code, "name", name.in(Language.VI)));
        publisher.publishEvent(new EventUpdated(id));
    }

    /**
     * Removes a custom sector no trade room uses.
     *
     * @throws NotFoundException when the event has no such custom sector
     * @throws ConflictException when a trade room of the event uses it (remove or change the room first)
     */
    @Transactional
    public void removeCustom(EventId id, String code, AccountUser actor) {
        manageable(id, actor);
        EventSector sector = definition(id, code)
                .filter(EventSector::custom)
                .orElseThrow(() -> new NotFoundException("event.sector.error.not-found", code));
        int rooms = repository.roomsUsing(id, code);
        if (rooms > 0) {
            throw new ConflictException("event.sector.error.in-use", rooms);
        }
        repository.delete(id, code);
        LocalizedText name = sector.name() == null ? LocalizedText.empty() : sector.name();
        audit.record(
                "event.sector.removed",
                actor.id().value(),
                id.value(),
                Map.of("code", code, "name", name.in(Language.VI)));
        publisher.publishEvent(new EventUpdated(id));
    }

    private Optional<EventSector> definition(EventId id, String code) {
        return repository.definitions(id).stream()
                .filter(sector -> sector.code().equals(code))
                .findFirst();
    }

    private void manageable(EventId id, AccountUser actor) {
        Event event = events.get(id, actor);
        if (!events.canManage(event, actor)) {
            throw new ForbiddenException("event.error.not-organiser");
        }
    }

    private static void checkName(LocalizedText name, boolean required) {
        if (required && name.isEmpty()) {
            throw new InvalidInputException("name", "event.sector.error.name-required");
        }
        for (Language language : Language.values()) {
            if (name.exactly(language).map(String::length).orElse(0) > MAX_NAME) {
                throw new InvalidInputException("name", "event.sector.error.name-too-long", MAX_NAME);
            }
        }
    }

    private List<HsCode> chapters(List<String> input) {
        Set<HsCode> codes = new LinkedHashSet<>();
        for (String text : input) {
            String stripped = text.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            String digits = stripped.length() == 1 ? "0" + stripped : stripped;
            Optional<HsCode> code = HsCode.parse(digits)
                    .filter(c -> c.level() == HsLevel.CHAPTER)
                    .filter(c -> hs.find(c).isPresent());
            if (code.isEmpty()) {
                throw new InvalidInputException("chapters", "event.sector.error.chapter-unknown", stripped);
            }
            codes.add(code.get());
        }
        return new ArrayList<>(codes);
    }
}
