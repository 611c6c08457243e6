package org.ketnoi.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A notice rendered for its reader. */
public record Notice(
        long id,
        String text,
        String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
