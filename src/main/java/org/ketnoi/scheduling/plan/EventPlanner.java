package org.ketnoi.scheduling.plan;

import java.time.Duration;

/**
 * Places an event's meetings. Objective, in this order: the most weight placed; the fewest meetings
 * moved from their previous slot; the fewest idle gaps; the most even spread of meetings across
 * participants. Every result keeps all the rules of {@link PlanProblem}.
 */
public interface EventPlanner {

    PlanResult plan(PlanProblem problem, Duration timeLimit, PlanProgress progress);
}
