package org.ketnoi.catalog;

import org.ketnoi.company.CompanyId;

/** A listing was withdrawn; search and matching re-read it by id. */
public record ListingWithdrawn(ListingId listing, CompanyId company) {}
