package org.ketnoi.catalog;

/** The units listings are counted in; names are message keys {@code catalog.unit.<NAME>}. */
public enum QuantityUnit {
    KG,
    TONNE,
    CONTAINER_20FT,
    CONTAINER_40FT,
    PIECE,
    CARTON,
    BAG,
    SET,
    LITRE,
    M3,
    M2
}
