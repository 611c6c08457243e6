package org.ketnoi.matching.engine;

import java.util.List;
import java.util.Set;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.taxonomy.Certification;

/**
 * A published listing as the engine sees it.
 *
 * @param codes the declared HS codes as digits (4, 6 or 8), the strongest evidence
 * @param textCodes 6-digit subheadings read from the listing's text (any language), weaker evidence
 * @param certifications held (offers) or required (needs)
 * @param targetCountries ISO alpha-2 codes the listing is aimed at
 */
public record MatchListing(
        long id,
        ListingKind kind,
        List<String> codes,
        Set<String> textCodes,
        Set<Certification> certifications,
        Set<String> targetCountries) {

    public MatchListing {
        codes = List.copyOf(codes);
        textCodes = Set.copyOf(textCodes);
        certifications = Set.copyOf(certifications);
        targetCountries = Set.copyOf(targetCountries);
    }

    /** The kind a partner's listing must have to complement this one. */
    public ListingKind complement() {
        return switch (kind) {
            case OFFER -> ListingKind.NEED;
            case NEED -> ListingKind.OFFER;
            case INVESTMENT -> ListingKind.INVESTMENT;
            case TECHNOLOGY -> ListingKind.TECHNOLOGY;
        };
    }
}
