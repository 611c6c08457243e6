package org.ketnoi.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.account.UserId;
import org.ketnoi.event.EventId;
import org.ketnoi.i18n.LocalizedText;

/**
 * A notice to write.
 *
 * @param kind the message key after {@code notice.}, e.g. {@code meeting.requested}; its text takes
 *     {@code arguments} as {0}, {1}… in the reader's language
 * @param link a path in the platform, e.g. {@code /events/5/meetings}
 * @param key unique for what is notified and to whom: a notice with a key already written is skipped
 */
public record NewNotice(
        UserId recipient,
        @Nullable EventId event,
        String kind,
        List<LocalizedText> arguments,
        String link,
        String key) {

    public NewNotice {
        arguments = List.copyOf(arguments);
    }
}
