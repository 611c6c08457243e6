package org.ketnoi.event;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What organisers enter for an interpreter; checked by {@link InterpreterService}.
 *
 * @param connectionPoint one of the event's in-person points, or {@code null} for a remote interpreter
 */
public record InterpreterDetails(
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable Long connectionPoint,
        Set<LanguagePair> pairs) {

    public InterpreterDetails {
        pairs = Set.copyOf(pairs);
    }
}
