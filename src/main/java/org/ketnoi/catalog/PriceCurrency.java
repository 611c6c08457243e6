package org.ketnoi.catalog;

/** The currencies prices are given in (ISO 4217). */
public enum PriceCurrency {
    VND,
    CNY,
    USD
}
