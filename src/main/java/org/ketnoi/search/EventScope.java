package org.ketnoi.search;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The companies taking part in an event, for the search's {@code event} filter. Participation is not
 * recorded yet (it comes with the event module's participation feature); until then every event
 * answers "no restriction known" and the filter is ignored. This is the one place to wire it: return
 * the participating company ids, and searches are restricted to them.
 */
@Component
class EventScope {

    /** The ids of the companies taking part in the event; empty when unknown (no restriction). */
    Optional<Set<Long>> companies(String event) {
        return Optional.empty();
    }
}
