package org.ketnoi.scheduling.plan;

import java.util.BitSet;
import java.util.Comparator;
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

    /** {@code kept}: the pinned meetings placed first (they fit together, in their pinned slots). */
    static PlanAssignment plan(PlanProblem problem, BitSet kept, SessionRelaxation relaxation) {
        PlanAssignment assignment = new PlanAssignment(problem);
        for (int m = kept.nextSetBit(0); m >= 0; m = kept.nextSetBit(m + 1)) {
            int slot = problem.meetings().get(m).pinnedSlot();
            if (assignment.fits(m, slot)) {
                assignment.place(m, slot, assignment.freeInterpreter(m, slot));
            }
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
