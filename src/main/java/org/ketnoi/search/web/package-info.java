/** The search page (htmx facets) and {@code GET /api/v1/search}. */
@NullMarked
package org.ketnoi.search.web;

import org.jspecify.annotations.NullMarked;
