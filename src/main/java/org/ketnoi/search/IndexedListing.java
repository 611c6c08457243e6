package org.ketnoi.search;

import java.util.List;
import org.ketnoi.catalog.Listing;
import org.ketnoi.catalog.ListingKind;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.i18n.LocalizedText;
import org.ketnoi.taxonomy.Certification;

/**
 * What the index keeps of a published listing, with its company: a value of its own so the
 * benchmark can generate listings without the database.
 *
 * @param hsCodes normalised digits, as the catalogue stores them
 */
record IndexedListing(
        long id,
        ListingKind kind,
        LocalizedText title,
        LocalizedText description,
        List<String> hsCodes,
        List<Certification> certifications,
        CompanySummary company) {

    IndexedListing {
        hsCodes = List.copyOf(hsCodes);
        certifications = List.copyOf(certifications);
    }

    static IndexedListing of(Listing listing, CompanySummary company) {
        return new IndexedListing(
                listing.id().value(),
                listing.kind(),
                listing.details().title(),
                listing.details().description(),
                listing.details().hsCodes(),
                listing.details().certifications(),
                company);
    }
}
