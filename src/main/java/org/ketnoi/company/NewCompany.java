package org.ketnoi.company;

import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;

/** The least a company needs to exist: a name in at least one language and a country. */
public record NewCompany(
        LocalizedText name, String country, @Nullable String provinceCode) {}
