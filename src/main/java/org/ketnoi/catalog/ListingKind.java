package org.ketnoi.catalog;

/** What a listing is about; names are message keys {@code catalog.kind.<NAME>}. */
public enum ListingKind {
    /** We sell or supply. */
    OFFER,
    /** We buy or source. */
    NEED,
    /** We seek or offer investment. */
    INVESTMENT,
    /** Technology transfer or cooperation. */
    TECHNOLOGY;

    /** Goods listings carry quantities, units and price terms; investment and technology do not. */
    public boolean isGoods() {
        return this == OFFER || this == NEED;
    }
}
