package org.ketnoi.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingService;
import org.ketnoi.company.CompanyId;
import org.ketnoi.company.CompanyService;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.HsEntry;
import org.ketnoi.taxonomy.HsNomenclature;
import org.springframework.stereotype.Component;

/** Builds {@link ListingView}s, reading each company once per page. */
@Component
class ListingViews {

    private final ListingService listings;
    private final CompanyService companies;
    private final HsNomenclature nomenclature;

    ListingViews(ListingService listings, CompanyService companies, HsNomenclature nomenclature) {
        this.listings = listings;
        this.companies = companies;
        this.nomenclature = nomenclature;
    }

    ListingView of(Listing listing) {
        return of(List.of(listing)).getFirst();
    }

    List<ListingView> of(List<Listing> all) {
        Map<CompanyId, CompanySummary> owners =
                companies.findAll(all.stream().map(Listing::company).distinct().toList()).stream()
                        .collect(Collectors.toMap(CompanySummary::id, Function.identity()));
        return all.stream()
                .map(listing -> new ListingView(
                        listing,
                        owners.get(listing.company()),
                        hsLines(listing.details().hsCodes()),
                        listing.isExpired(listings.today())))
                .toList();
    }

    List<ListingView.HsLine> hsLines(List<String> codes) {
        return codes.stream()
                .map(code -> nomenclature
                        .find(code)
                        .map(entry -> line(code, entry))
                        .orElse(new ListingView.HsLine(code, code, LocalizedText.empty())))
                .toList();
    }

    private static ListingView.HsLine line(String code, HsEntry entry) {
        return new ListingView.HsLine(code, entry.code().display(), entry.name());
    }
}
