package org.ketnoi.search;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.AccountUser;
import org.ketnoi.event.EventId;
import org.ketnoi.event.EventSectorService;
import org.ketnoi.event.ParticipationService;
import org.ketnoi.i18n.Language;
import org.ketnoi.shared.ForbiddenException;
import org.ketnoi.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The companies taking part in an event, for the search's {@code event} filter. Who takes part is
 * the event's directory, which only its organisers and approved participants may read: the same rule
 * holds here, so a filtered search cannot reveal the participant list to anyone else.
 */
@Component
class EventScope {

    private final @Nullable ParticipationService participation;
    private final @Nullable EventSectorService sectors;

    @Autowired
    EventScope(ParticipationService participation, EventSectorService sectors) {
        this.participation = participation;
        this.sectors = sectors;
    }

    /** For stand-alone use of the index (benchmark, rebuild tests): no event is known. */
    private EventScope() {
        this.participation = null;
        this.sectors = null;
    }

    static EventScope withoutEvents() {
        return new EventScope();
    }

    /**
     * The ids of the approved participants' companies.
     *
     * @throws InvalidInputException if {@code event} is not an event id
     * @throws ForbiddenException if the reader may not read the event's directory
     */
    Optional<Set<Long>> companies(String event) {
        long id;
        try {
            id = Long.parseLong(event.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("event", "search.error.event-invalid");
        }
        if (participation == null) {
            throw new InvalidInputException("event", "search.error.event-invalid");
        }
        AccountUser reader =
                currentUser().orElseThrow(() -> new ForbiddenException("participant.error.directory-forbidden"));
        return Optional.of(participation.directory(new EventId(id), reader).stream()
                .map(p -> p.company().value())
                .collect(Collectors.toSet()));
    }

    /**
     * The event's names of its sectors (renamed defaults, custom sectors) in the reader's language, for
     * the sector facet of a search within the event; called after {@link #companies(String)} accepted
     * the event.
     */
    Map<String, String> sectorNames(String event, Language reader) {
        if (sectors == null) {
            return Map.of();
        }
        return sectors.names(
                new EventId(Long.parseLong(event.strip())), currentUser().orElse(null), reader);
    }

    private static Optional<AccountUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user
                ? Optional.of(user)
                : Optional.empty();
    }
}
