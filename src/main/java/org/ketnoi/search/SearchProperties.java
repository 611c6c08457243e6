package org.ketnoi.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The search module's knobs (see docs/search.md).
 *
 * @param indexDir where the Lucene index lives; created and filled from the database when missing
 * @param pageSize hits per page
 * @param commitDelay how long changes may wait before they are committed to disk; searches see them
 *     at once, a crash loses at most this much, which the rebuild and the event outbox make good
 */
@Validated
@ConfigurationProperties("ketnoi.search")
public record SearchProperties(
        @DefaultValue("data/search-index") @NotNull Path indexDir,
        @DefaultValue("20") @Min(1) @Max(100) int pageSize,
        @DefaultValue("2s") @NotNull Duration commitDelay) {}
