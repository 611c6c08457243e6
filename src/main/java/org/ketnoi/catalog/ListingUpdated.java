package org.ketnoi.catalog;

import org.ketnoi.company.CompanyId;

/** A listing was updated while published; search and matching re-read it by id. */
public record ListingUpdated(ListingId listing, CompanyId company) {}
