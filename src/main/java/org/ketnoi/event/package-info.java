/**
 * Events: business connection conferences, supply–demand weeks, hybrid trade conferences. An event is
 * co-organised by one or more agencies; it has connection points (venues or online rooms, each in its
 * own time zone), trade rooms per sector at a connection point, a B2B meeting grid and a status that
 * only moves forward (DRAFT → OPEN → SCHEDULING → RUNNING → CLOSED). Drafts are seen only by their
 * organisers; everyone else gets "not found".
 *
 * <p>Participation: companies register for an event ({@link org.ketnoi.event.ParticipationService});
 * organisers approve or reject; members change or withdraw their registration; the directory is shown
 * only to organisers and approved participants.
 * Organisers also see the private contacts of companies registered for their events, through the
 * company module's {@link org.ketnoi.company.ContactAccessGrant}.
 *
 * <p>Sectors: an event uses the default sector list or a subset its organisers chose
 * ({@link org.ketnoi.event.EventSectorService}).
 *
 * <p>Resources for the scheduler ({@link org.ketnoi.event.EventResources}): the slots each participant
 * cannot meet in and the event's interpreters with their language pairs, place and unavailable slots.
 *
 * <p>Publishes {@link org.ketnoi.event.EventCreated}, {@link org.ketnoi.event.EventUpdated},
 * {@link org.ketnoi.event.EventStatusChanged}, and for participation (each with the event, the
 * registration and the company) {@link org.ketnoi.event.ParticipationRegistered},
 * {@link org.ketnoi.event.ParticipationApproved}, {@link org.ketnoi.event.ParticipationRejected},
 * {@link org.ketnoi.event.ParticipationChanged} and {@link org.ketnoi.event.ParticipationWithdrawn}.
 */
@NullMarked
package org.ketnoi.event;

import org.jspecify.annotations.NullMarked;
