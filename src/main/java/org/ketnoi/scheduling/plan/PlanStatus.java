package org.ketnoi.scheduling.plan;

/** How a planner ended: proven best, a plan without proof, or stopped on request with the best so far. */
public enum PlanStatus {
    OPTIMAL,
    FEASIBLE,
    STOPPED
}
