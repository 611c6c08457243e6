package org.ketnoi.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;

/**
 * Everything a company writes about a listing, as plain values so forms, the API and a later
 * spreadsheet import fill the same record; {@link ListingService} validates it and stores the HS codes
 * as normalised digits.
 *
 * @param hsCodes HS codes as people write them ({@code 0901.11}, {@code 09011110}, {@code 0901})
 * @param quantity how much is offered or needed, in {@code unit}
 * @param minimumOrder the smallest order, in {@code unit}
 * @param incotermPlace the named place of the Incoterm ({@code FOB Hải Phòng}, {@code CIF Guangzhou})
 * @param certifications held (offers) or required (needs)
 * @param targetCountries ISO 3166-1 alpha-2 codes
 */
public record ListingDetails(
        ListingKind kind,
        List<String> hsCodes,
        LocalizedText title,
        LocalizedText description,
        @Nullable BigDecimal quantity,
        @Nullable QuantityUnit unit,
        @Nullable BigDecimal minimumOrder,
        @Nullable Incoterm incoterm,
        @Nullable String incotermPlace,
        @Nullable BigDecimal priceMin,
        @Nullable BigDecimal priceMax,
        @Nullable PriceCurrency currency,
        List<Certification> certifications,
        List<String> targetCountries,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil) {

    public ListingDetails {
        hsCodes = List.copyOf(hsCodes);
        certifications = List.copyOf(certifications);
        targetCountries = List.copyOf(targetCountries);
        incotermPlace = incotermPlace == null || incotermPlace.isBlank() ? null : incotermPlace.strip();
    }

    /** A draft with nothing but a kind and a title, for tests and quick starts. */
    public static ListingDetails minimal(ListingKind kind, LocalizedText title, List<String> hsCodes) {
        return new ListingDetails(
                kind,
                hsCodes,
                title,
                LocalizedText.empty(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null);
    }

    ListingDetails withHsCodes(List<String> normalised) {
        return new ListingDetails(
                kind,
                normalised,
                title,
                description,
                quantity,
                unit,
                minimumOrder,
                incoterm,
                incotermPlace,
                priceMin,
                priceMax,
                currency,
                certifications,
                targetCountries,
                validFrom,
                validUntil);
    }

    ListingDetails withTargetCountries(List<String> countries) {
        return new ListingDetails(
                kind,
                hsCodes,
                title,
                description,
                quantity,
                unit,
                minimumOrder,
                incoterm,
                incotermPlace,
                priceMin,
                priceMax,
                currency,
                certifications,
                countries,
                validFrom,
                validUntil);
    }

    /** Whether a price is given. */
    public boolean hasPrice() {
        return priceMin != null || priceMax != null;
    }
}
