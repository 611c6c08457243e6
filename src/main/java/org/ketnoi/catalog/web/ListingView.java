package org.ketnoi.catalog.web;

import java.util.List;
import org.ketnoi.catalog.Listing;
import org.ketnoi.company.CompanySummary;
import org.ketnoi.i18n.LocalizedText;

/**
 * A listing as pages show it: with its company, the HS codes written the customary way with their
 * names, and whether it has expired.
 */
public record ListingView(Listing listing, CompanySummary company, List<HsLine> hsCodes, boolean expired) {

    /** An HS code as {@code 0901.11} with its name in the nomenclature (empty when unknown). */
    public record HsLine(String code, String display, LocalizedText name) {}
}
