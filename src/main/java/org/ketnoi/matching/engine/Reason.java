package org.ketnoi.matching.engine;

import java.util.List;

/** One reason for a recommendation: a code and its arguments (codes and ids, never text). */
public record Reason(ReasonCode code, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(ReasonCode code, String... args) {
        return new Reason(code, List.of(args));
    }
}
