package org.ketnoi.spreadsheet;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How big an import may be. The defaults fit the largest lists agencies keep (a few thousand
 * companies) and keep one import's memory and transaction small.
 *
 * @param maxFileSize the largest file accepted
 * @param maxRows the most data rows in one file
 * @param maxColumns the most columns in one file
 * @param maxCellLength the most characters in one cell
 */
@Validated
@ConfigurationProperties("ketnoi.import")
public record ImportLimits(
        @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("5000") @Min(1) @Max(100_000) int maxRows,
        @DefaultValue("100") @Min(1) @Max(1000) int maxColumns,
        @DefaultValue("10000") @Min(100) @Max(1_000_000) int maxCellLength) {}
