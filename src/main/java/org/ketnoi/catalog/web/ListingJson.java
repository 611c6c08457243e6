package org.ketnoi.catalog.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ketnoi.catalog.Incoterm;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingDetails;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.catalog.ListingStatus;
import org.ketnoi.catalog.PriceCurrency;
import org.ketnoi.catalog.QuantityUnit;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;

/** The JSON shapes of the listings API: texts as {"vi","zh","en"}, HS codes as digit strings, enums as names. */
final class ListingJson {

    private ListingJson() {}

    record Text(
            @Nullable String vi,
            @Nullable String zh,
            @Nullable String en) {

        static Text of(LocalizedText text) {
            return new Text(text.vi(), text.zh(), text.en());
        }

        static LocalizedText value(@Nullable Text text) {
            return text == null ? LocalizedText.empty() : new LocalizedText(text.vi, text.zh, text.en);
        }
    }

    /** What a client sends to create or replace a listing; the service validates the rest. */
    record Request(
            @NotNull ListingKind kind,
            @Nullable List<String> hsCodes,
            @Valid @Nullable Text title,
            @Valid @Nullable Text description,
            @Nullable BigDecimal quantity,
            @Nullable QuantityUnit unit,
            @Nullable BigDecimal minimumOrder,
            @Nullable Incoterm incoterm,
            @Nullable String incotermPlace,
            @Nullable BigDecimal priceMin,
            @Nullable BigDecimal priceMax,
            @Nullable PriceCurrency currency,
            @Nullable List<Certification> certifications,
            @Nullable List<String> targetCountries,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil) {

        ListingDetails details() {
            return new ListingDetails(
                    kind,
                    hsCodes == null ? List.of() : hsCodes,
                    Text.value(title),
                    Text.value(description),
                    quantity,
                    unit,
                    minimumOrder,
                    incoterm,
                    incotermPlace,
                    priceMin,
                    priceMax,
                    currency,
                    certifications == null ? List.of() : certifications,
                    targetCountries == null ? List.of() : targetCountries,
                    validFrom,
                    validUntil);
        }
    }

    record Response(
            long id,
            long companyId,
            ListingKind kind,
            ListingStatus status,
            boolean expired,
            List<String> hsCodes,
            Text title,
            Text description,
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

        static Response of(Listing listing, LocalDate today) {
            ListingDetails d = listing.details();
            return new Response(
                    listing.id().value(),
                    listing.company().value(),
                    d.kind(),
                    listing.status(),
                    listing.isExpired(today),
                    d.hsCodes(),
                    Text.of(d.title()),
                    Text.of(d.description()),
                    d.quantity(),
                    d.unit(),
                    d.minimumOrder(),
                    d.incoterm(),
                    d.incotermPlace(),
                    d.priceMin(),
                    d.priceMax(),
                    d.currency(),
                    d.certifications(),
                    d.targetCountries(),
                    d.validFrom(),
                    d.validUntil());
        }
    }
}
