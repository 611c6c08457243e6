package org.ketnoi.scheduling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The schedule's knobs (see docs/scheduling.md).
 *
 * @param timeLimit how long one solve run may take before it keeps its best schedule (1 second to 1 hour)
 * @param jitsiBaseUrl the Jitsi Meet server online meetings take place on (a self-hosted one in
 *     production); each meeting gets its own unguessable room there
 */
@Validated
@ConfigurationProperties("ketnoi.scheduling")
public record SchedulingProperties(
        @DefaultValue("30s") @NotNull Duration timeLimit,

        @DefaultValue("https://meet.jit.si") @NotNull @Pattern(regexp = "https?://[^\\s?#]+[^/\\s?#]")
        String jitsiBaseUrl) {

    public SchedulingProperties {
        if (timeLimit.compareTo(Duration.ofSeconds(1)) < 0 || timeLimit.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException(
                    "ketnoi.scheduling.time-limit must be between 1s and 1h, was " + timeLimit);
        }
    }
}
