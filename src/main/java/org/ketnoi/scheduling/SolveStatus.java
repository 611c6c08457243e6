package org.ketnoi.scheduling;

/** How far a solve got. */
public enum SolveStatus {
    /** A schedule was found and no schedule has fewer breaks. */
    OPTIMAL,
    /** A schedule was found; a better one may exist. */
    FEASIBLE,
    /** Proven: no schedule satisfies the hard constraints. */
    INFEASIBLE,
    /** The limit was reached before any schedule was found or infeasibility proven. */
    UNKNOWN
}
