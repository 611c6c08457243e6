package org.ketnoi.event;

import org.ketnoi.shared.NotFoundException;

/** No such event, or a draft the reader does not organise. */
public class EventNotFoundException extends NotFoundException {

    EventNotFoundException(EventId id) {
        super("event.error.not-found", id.value());
    }
}
