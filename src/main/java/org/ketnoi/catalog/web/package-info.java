/** The catalogue's pages and JSON API; the rules live in {@link org.ketnoi.catalog.ListingService}. */
@NullMarked
package org.ketnoi.catalog.web;

import org.jspecify.annotations.NullMarked;
