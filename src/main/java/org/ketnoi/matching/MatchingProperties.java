package org.ketnoi.matching;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The matching module's knobs (see docs/matching.md).
 *
 * @param listSize how many partners each participant's list holds (the API's largest {@code limit})
 * @param exposureCap how many times the average a participant may be recommended (≥ 1); lower
 *     spreads requests more evenly and costs more relevance
 * @param goodScore the score from which the organisers' overview counts a match as good
 */
@Validated
@ConfigurationProperties("ketnoi.matching")
public record MatchingProperties(
        @DefaultValue("20") @Min(1) @Max(100) int listSize,

        @DefaultValue("2.0") @DecimalMin("1.0") @DecimalMax("100.0")
        double exposureCap,

        @DefaultValue("60") @Min(0) @Max(100) int goodScore) {}
