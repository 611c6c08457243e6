/** The meeting pages (participants' and organisers') and the JSON API under /api/v1/events/{id}/meeting-requests. */
@NullMarked
package org.ketnoi.meeting.web;

import org.jspecify.annotations.NullMarked;
