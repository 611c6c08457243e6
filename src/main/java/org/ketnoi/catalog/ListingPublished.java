package org.ketnoi.catalog;

import org.ketnoi.company.CompanyId;

/** A listing was published; search and matching re-read it by id. */
public record ListingPublished(ListingId listing, CompanyId company) {}
