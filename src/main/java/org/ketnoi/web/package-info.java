/**
 * The site's frame: layout, shared fragments, home page, error pages and the small htmx glue. Feature
 * pages live in their own modules.
 */
@NullMarked
package org.ketnoi.web;

import org.jspecify.annotations.NullMarked;
