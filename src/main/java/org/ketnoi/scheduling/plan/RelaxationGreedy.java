package org.ketnoi.scheduling.plan;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A plan built in the order the {@link SessionRelaxation} suggests: the kept pinned meetings first, then
 * the meetings the relaxation takes (most of them first), each in its previous slot if it has one and
 * it fits, else in the session the relaxation chose, next to its sides' other meetings, through a
 * {@link ChainInsertion} when its sides have room but no common free slot; the rest by weight after
 * them. Published meetings get no precedence: weight comes before moves. Which meetings take the scarce
 * online rooms, interpreters and caps is what the plain greedy gets wrong and the relaxation gets right
 * (docs/benchmarks.md, "Event planner at scale").
 */
final class RelaxationGreedy {

    private RelaxationGreedy() {}

    /**
     * {@code pins}: the kept pinned meetings with their slots and interpreters, placed first as they are
     * (they come from one plan, so they fit together).
     */
    static PlanAssignment plan(PlanProblem problem, List<Placement> pins, SessionRelaxation relaxation) {
        PlanAssignment assignment = new PlanAssignment(problem);
        for (Placement pin : pins) {
            assignment.place(pin.meeting(), pin.slot(), pin.interpreter());
        }
        ChainInsertion insertion = new ChainInsertion(assignment, relaxation.session);
        IntStream.range(0, problem.meetings().size())
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(m -> -relaxation.share[m])
                        .thenComparingInt(m -> -problem.meetings().get(m).weight())
                        .thenComparingInt(m -> assignment.domain(m).cardinality())
                        .thenComparingInt(m -> m))
                .forEach(insertion::insert);
        return assignment;
    }
}
