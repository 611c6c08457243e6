package org.ketnoi.search;

import java.util.Locale;

/**
 * The facets a search is narrowed by. The lower-case name is the request parameter, the JSON key and
 * the index field.
 */
public enum Facet {
    /** OFFER, NEED, INVESTMENT, TECHNOLOGY for listings; COMPANY for companies. */
    KIND,
    /** ISO 3166-1 alpha-2 code of the company's country. */
    COUNTRY,
    /** Country and province code, {@code VN-01}: province codes are unique only within a country. */
    PROVINCE,
    /** Sector code: derived from the HS codes of a listing; a company's own sectors. */
    SECTOR,
    /** Two-digit HS chapter. */
    CHAPTER,
    /** Certification code in upper case ({@code VIETGAP}): a listing's or a company's. */
    CERTIFICATION,
    /** ISO 3166-1 alpha-2 code of a country a company exports to (companies only). */
    MARKET;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
