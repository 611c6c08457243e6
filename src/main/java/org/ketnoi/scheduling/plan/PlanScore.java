package org.ketnoi.scheduling.plan;

/**
 * The planner's objective, compared in this order: more {@code weight} placed; fewer meetings {@code
 * moved} from their previous slot; fewer idle {@code gaps}; a smaller {@code spread}, the sum over
 * participants of the square of how many of their placeable meetings are left out (so leaving out one
 * meeting each for two participants is better than two for one).
 */
public record PlanScore(long weight, int moved, int gaps, long spread) implements Comparable<PlanScore> {

    @Override
    public int compareTo(PlanScore other) {
        if (weight != other.weight) {
            return Long.compare(weight, other.weight);
        }
        if (moved != other.moved) {
            return Integer.compare(other.moved, moved);
        }
        if (gaps != other.gaps) {
            return Integer.compare(other.gaps, gaps);
        }
        return Long.compare(other.spread, spread);
    }

    public boolean betterThan(PlanScore other) {
        return compareTo(other) > 0;
    }

    /** The score of a plan's placements. */
    public static PlanScore of(PlanProblem problem, java.util.List<Placement> placements) {
        return PlanAssignment.of(problem, placements).score();
    }
}
