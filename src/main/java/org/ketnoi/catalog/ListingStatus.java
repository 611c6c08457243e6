package org.ketnoi.catalog;

/** draft → published ⇄ withdrawn; only published listings are public. */
public enum ListingStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
