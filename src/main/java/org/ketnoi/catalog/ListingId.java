package org.ketnoi.catalog;

public record ListingId(long value) {}
