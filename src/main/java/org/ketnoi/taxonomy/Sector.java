package org.ketnoi.taxonomy;

import java.util.List;

/**
 * A line of business as trade-promotion agencies group exhibitors (coffee, durian and fresh fruit,
 * seafood...), with the HS chapters and headings it covers so a company classified by HS code falls
 * into its sector. Events may later adapt the default list; the code stays stable.
 *
 * @param code stable identifier, also the message key suffix ({@code taxonomy.sector.<code>})
 * @param hsCodes chapters and headings the sector covers; empty for sectors that are not goods
 */
public record Sector(String code, List<HsCode> hsCodes) {

    public Sector {
        hsCodes = List.copyOf(hsCodes);
    }

    public String messageKey() {
        return "taxonomy.sector." + code;
    }

    /** Whether a code (any level) belongs to this sector. */
    public boolean covers(HsCode code) {
        return hsCodes.stream().anyMatch(covered -> code.isWithin(covered) || covered.isWithin(code));
    }
}
