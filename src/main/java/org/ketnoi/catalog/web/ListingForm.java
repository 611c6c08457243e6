package org.ketnoi.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.catalog.Incoterm;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.PriceCurrency;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The create/edit form of a listing. HS codes and target countries are one text field each with
 * comma-separated codes (the HS autocomplete fragment will fill the same field); the service checks
 * everything else.
 */
public record ListingForm(
        @Nullable ListingKind kind,
        @Nullable String hsCodes,
        @Nullable String titleVi,
        @Nullable String titleZh,
        @Nullable String titleEn,
        @Nullable String descriptionVi,
        @Nullable String descriptionZh,
        @Nullable String descriptionEn,
        @Nullable BigDecimal quantity,
        @Nullable QuantityUnit unit,
        @Nullable BigDecimal minimumOrder,
        @Nullable Incoterm incoterm,
        @Nullable String incotermPlace,
        @Nullable BigDecimal priceMin,
        @Nullable BigDecimal priceMax,
        @Nullable PriceCurrency currency,
        @Nullable List<Certification> certifications,
        @Nullable String targetCountries,
        @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
        @Nullable @DateTimeFormat(iso = ISO.DATE) LocalDate validUntil) {

    static ListingForm empty() {
        return new ListingForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(), null, null, null);
    }

    static ListingForm of(ListingDetails d) {
        return new ListingForm(
                d.kind(),
                String.join(", ", d.hsCodes().stream().map(ListingForm::display).toList()),
                d.title().vi(),
                d.title().zh(),
                d.title().en(),
                d.description().vi(),
                d.description().zh(),
                d.description().en(),
                d.quantity(),
                d.unit(),
                d.minimumOrder(),
                d.incoterm(),
                d.incotermPlace(),
                d.priceMin(),
                d.priceMax(),
                d.currency(),
                d.certifications(),
                String.join(", ", d.targetCountries()),
                d.validFrom(),
                d.validUntil());
    }

    /** The details; call only with a kind chosen. */
    ListingDetails details() {
        return new ListingDetails(
                kind == null ? ListingKind.OFFER : kind,
                split(hsCodes),
                new LocalizedText(titleVi, titleZh, titleEn),
                new LocalizedText(descriptionVi, descriptionZh, descriptionEn),
                quantity,
                unit,
                minimumOrder,
                incoterm,
                incotermPlace,
                priceMin,
                priceMax,
                currency,
                certifications == null ? List.of() : certifications,
                split(targetCountries),
                validFrom,
                validUntil);
    }

    public boolean has(Certification certification) {
        return certifications != null && certifications.contains(certification);
    }

    static List<String> split(@Nullable String codes) {
        return codes == null
                ? List.of()
                : Arrays.stream(codes.split("[,;]"))
                        .map(String::strip)
                        .filter(code -> !code.isEmpty())
                        .toList();
    }

    private static String display(String digits) {
        return org.ketnoi.taxonomy.HsCode.parse(digits)
                .map(code -> code.display())
                .orElse(digits);
    }
}
