/**
 * The meeting optimiser: places meetings between participants into a grid of time slots with a
 * limited number of tables per slot, so that nobody is in two meetings at once and each participant's
 * day has as few breaks (runs of idle slots between two of their meetings) as possible, fairly
 * spread. One engine, called in the process, offline: {@link org.ketnoi.scheduling.ScheduleSolver}
 * over a {@link org.ketnoi.scheduling.ScheduleProblem}. The {@code b2b} sub-package reads the public
 * B2B benchmark format, checks schedules independently of the solver and runs the {@code b2b-solve}
 * command. The {@code plan} sub-package is the planning model of an event's real schedule (optional
 * weighted meetings, tables per connection point, online rooms, interpreters, pins, stability), kept
 * apart from the stored schedule versions; {@link org.ketnoi.scheduling.PublishedSchedules} reads the
 * published version for agendas and exports. See docs/scheduling.md.
 */
@NullMarked
package org.ketnoi.scheduling;

import org.jspecify.annotations.NullMarked;
