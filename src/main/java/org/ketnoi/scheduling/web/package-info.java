/**
 * The organisers' schedule page (/manage/events/{id}/schedule) and the JSON API of solve runs, the
 * draft and published schedule and the event's meetings.
 */
@NullMarked
package org.ketnoi.scheduling.web;

import org.jspecify.annotations.NullMarked;
