package org.ketnoi.company;

import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;

/**
 * What other modules need to show a company: its name in three languages, its country (ISO 3166-1
 * alpha-2) and province code (taxonomy codes, unique within the country), and whether an organiser
 * verified it.
 */
public record CompanySummary(
        CompanyId id,
        LocalizedText name,
        String country,
        @Nullable String provinceCode,
        boolean verified) {}
