package org.ketnoi.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ketnoi.shared.InvalidInputException;
import org.ketnoi.taxonomy.HsEntry;
import org.ketnoi.taxonomy.HsLevel;
import org.ketnoi.taxonomy.HsNomenclature;
import org.springframework.stereotype.Component;

/**
 * Checks everything a listing says before anything is stored, whichever way it came in (form, API,
 * import), and normalises HS codes to digits and countries to upper case. Drafts may be incomplete,
 * but what is written must be valid.
 */
@Component
class ListingValidation {

    static final int MAX_HS_CODES = 20;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final BigDecimal MAX_NUMBER = new BigDecimal("9999999999999999.99");

    private final HsNomenclature nomenclature;

    ListingValidation(HsNomenclature nomenclature) {
        this.nomenclature = nomenclature;
    }

    /** @throws InvalidInputException naming the first field that is wrong */
    ListingDetails check(ListingDetails details) {
        checkTexts(details);
        checkNumbers(details);
        checkTerms(details);
        if (details.validFrom() != null
                && details.validUntil() != null
                && details.validUntil().isBefore(details.validFrom())) {
            throw new InvalidInputException("validUntil", "catalog.error.valid-until-before-from");
        }
        return details.withHsCodes(hsCodes(details.hsCodes())).withTargetCountries(countries(details));
    }

    private List<String> hsCodes(List<String> written) {
        Set<String> digits = new LinkedHashSet<>();
        for (String code : written) {
            if (code.isBlank()) {
                continue;
            }
            HsEntry entry = nomenclature
                    .find(code)
                    .filter(found -> found.level() != HsLevel.CHAPTER)
                    .orElseThrow(() -> new InvalidInputException("hsCodes", "catalog.error.hs-unknown", code.strip()));
            digits.add(entry.code().digits());
        }
        if (digits.size() > MAX_HS_CODES) {
            throw new InvalidInputException("hsCodes", "catalog.error.hs-too-many", MAX_HS_CODES);
        }
        return List.copyOf(digits);
    }

    private static List<String> countries(ListingDetails details) {
        Set<String> countries = new LinkedHashSet<>();
        for (String written : details.targetCountries()) {
            String code = written.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!COUNTRIES.contains(code)) {
                throw new InvalidInputException("targetCountries", "catalog.error.country-invalid", written.strip());
            }
            countries.add(code);
        }
        return new ArrayList<>(countries).stream().sorted().toList();
    }

    private static void checkTexts(ListingDetails details) {
        for (String title : details.title().asMap().values()) {
            if (title.length() > 300) {
                throw new InvalidInputException("title", "catalog.error.too-long", 300);
            }
        }
        for (String description : details.description().asMap().values()) {
            if (description.length() > 10_000) {
                throw new InvalidInputException("description", "catalog.error.too-long", 10_000);
            }
        }
        if (details.incotermPlace() != null && details.incotermPlace().length() > 200) {
            throw new InvalidInputException("incotermPlace", "catalog.error.too-long", 200);
        }
    }

    private static void checkNumbers(ListingDetails details) {
        number("quantity", details.quantity());
        number("minimumOrder", details.minimumOrder());
        number("priceMin", details.priceMin());
        number("priceMax", details.priceMax());
        if ((details.quantity() != null || details.minimumOrder() != null) && details.unit() == null) {
            throw new InvalidInputException("unit", "catalog.error.unit-required");
        }
        if (details.quantity() != null
                && details.minimumOrder() != null
                && details.minimumOrder().compareTo(details.quantity()) > 0) {
            throw new InvalidInputException("minimumOrder", "catalog.error.minimum-above-quantity");
        }
        if (details.priceMin() != null
                && details.priceMax() != null
                && details.priceMin().compareTo(details.priceMax()) > 0) {
            throw new InvalidInputException("priceMax", "catalog.error.price-range");
        }
    }

    private static void checkTerms(ListingDetails details) {
        if (details.hasPrice() && details.currency() == null) {
            throw new InvalidInputException("currency", "catalog.error.currency-required");
        }
        if (details.incoterm() != null && !details.kind().isGoods()) {
            throw new InvalidInputException("incoterm", "catalog.error.incoterm-goods-only");
        }
        if (details.incotermPlace() != null && details.incoterm() == null) {
            throw new InvalidInputException("incotermPlace", "catalog.error.place-without-incoterm");
        }
    }

    /** Stored as NUMERIC(18,2): positive, at most two decimals. */
    private static void number(String field, @Nullable BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_NUMBER) > 0) {
            throw new InvalidInputException(field, "catalog.error.number");
        }
    }
}
