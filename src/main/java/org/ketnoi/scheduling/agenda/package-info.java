/**
 * What participants and organisers take away from a published schedule: each participant's agenda
 * (page, RFC 5545 calendar, printable PDF) with times in its connection point's zone, the organisers'
 * grid per room and table with printable table sheets, and the notices sent when a schedule version is
 * published. Reads only the published version through {@link org.ketnoi.scheduling.PublishedSchedules};
 * listens to {@link org.ketnoi.scheduling.SchedulePublished}. See docs/agendas.md.
 */
@NullMarked
package org.ketnoi.scheduling.agenda;

import org.jspecify.annotations.NullMarked;
