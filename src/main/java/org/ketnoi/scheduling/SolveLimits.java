package org.ketnoi.scheduling;

import java.time.Duration;

/** How long the solver may run and how many threads it may use. */
public record SolveLimits(Duration timeLimit, int workers) {

    public SolveLimits {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker");
        }
    }

    public static SolveLimits of(Duration timeLimit) {
        return new SolveLimits(timeLimit, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
