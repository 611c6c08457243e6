/**
 * The product catalogue: listings of what companies offer, need, invest in or transfer as technology,
 * classified by HS codes. A listing belongs to one company; drafts are seen only by its members.
 * Publishes {@link org.ketnoi.catalog.ListingPublished}, {@link org.ketnoi.catalog.ListingUpdated} and
 * {@link org.ketnoi.catalog.ListingWithdrawn} so search and matching can follow published listings.
 */
@NullMarked
package org.ketnoi.catalog;

import org.jspecify.annotations.NullMarked;
