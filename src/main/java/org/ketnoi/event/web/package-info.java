/** The event pages (organiser and public) and the JSON API under {@code /api/v1/events}. */
@NullMarked
package org.ketnoi.event.web;

import org.jspecify.annotations.NullMarked;
