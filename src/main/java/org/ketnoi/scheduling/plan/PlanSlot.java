package org.ketnoi.scheduling.plan;

import java.time.Instant;

/**
 * A slot of the grid. Slots of one {@code session} (e.g. a morning) follow each other without a
 * break; an idle gap is counted only between two meetings of one participant in the same session.
 */
public record PlanSlot(Instant start, Instant end, int session) {}
