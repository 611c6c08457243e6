package org.ketnoi.event;

import java.time.Instant;

/** One meeting slot of the grid, as absolute instants (shown in each connection point's zone). */
public record Slot(Instant start, Instant end) {}
