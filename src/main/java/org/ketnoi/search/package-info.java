/**
 * Full-text search over companies and published listings in Vietnamese (with or without tones),
 * Chinese and English, with facets. One Lucene index on disk, kept current by the catalogue's and the
 * company module's events and rebuilt from the database when missing or of an older format. Only
 * published listings are ever indexed, so nothing private can be found. Public API:
 * {@link org.ketnoi.search.SearchService}.
 */
@NullMarked
package org.ketnoi.search;

import org.jspecify.annotations.NullMarked;
