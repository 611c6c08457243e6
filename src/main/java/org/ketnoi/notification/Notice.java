package org.ketnoi.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notice rendered for its reader.
 *
 * @param zone the IANA time zone to show {@code createdAt} in: the reader's connection point's for the
 *     notice's event, else the event's, else {@link Notices#DEFAULT_ZONE}
 */
public record Notice(
        long id,
        String text,
        String link,
        Instant createdAt,
        String zone,
        @Nullable Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
