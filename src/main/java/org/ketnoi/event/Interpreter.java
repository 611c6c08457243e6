package org.ketnoi.event;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person who interprets meetings of an event between the language pairs listed.
 *
 * @param connectionPoint where the interpreter works in person; {@code null}: remotely, online
 *     meetings only
 */
public record Interpreter(
        long id,
        EventId event,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable Long connectionPoint,
        Set<LanguagePair> pairs) {

    public Interpreter {
        pairs = Set.copyOf(pairs);
    }

    public boolean remote() {
        return connectionPoint == null;
    }
}
