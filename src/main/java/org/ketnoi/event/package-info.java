/**
 * Events: business connection conferences, supply–demand weeks, hybrid trade conferences. An event is
 * co-organised by one or more agencies; it has connection points (venues or online rooms, each in its
 * own time zone), trade rooms per sector at a connection point, a B2B meeting grid and a status that
 * only moves forward (DRAFT → OPEN → SCHEDULING → RUNNING → CLOSED). Drafts are seen only by their
 * organisers; everyone else gets "not found".
 *
 * <p>Publishes {@link org.ketnoi.event.EventCreated}, {@link org.ketnoi.event.EventUpdated} and
 * {@link org.ketnoi.event.EventStatusChanged}.
 */
@NullMarked
package org.ketnoi.event;

import org.jspecify.annotations.NullMarked;
