/** The public HS browser pages and the read-only reference-data API. */
@NullMarked
package org.ketnoi.taxonomy.web;

import org.jspecify.annotations.NullMarked;
