package org.ketnoi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BreakLowerBoundTests {

    @BeforeAll
    static void loadNativeLibraries() {
        Loader.loadNativeLibraries();
    }

    @Test
    void climb_refutesZeroBreaks_whenOneTableServesThreeMeetingsOfATriangle() {
        // one table, three slots: whoever is not in the middle meeting waits through it
        ScheduleProblem problem = new ScheduleProblem(
                3,
                3,
                1,
                List.of(
                        MeetingToPlace.between(0, 1, 3),
                        MeetingToPlace.between(0, 2, 3),
                        MeetingToPlace.between(1, 2, 3)),
                BruteForce.nobodyUnavailable(3),
                2);

        BreakLowerBound.Result result = BreakLowerBound.climb(problem, 0, 20);

        assertThat(result.bound()).isEqualTo(1);
        if (result.slots() != null) { // a question ends at its first conflict, so it may find none
            assertThat(ScheduleSolver.totalBreaks(problem, result.slots())).isEqualTo(1);
        }
    }

    @Test
    void climb_reportsInfeasible_whenTablesAreTooFew() {
        ScheduleProblem problem = new ScheduleProblem(
                4,
                1,
                1,
                List.of(MeetingToPlace.between(0, 1, 1), MeetingToPlace.between(2, 3, 1)),
                BruteForce.nobodyUnavailable(4),
                2);

        assertThat(BreakLowerBound.climb(problem, 0, 20).infeasible()).isTrue();
    }

    @Test
    void climb_neverPassesTheOptimum_onSmallRandomProblems() {
        Random random = new Random(20261124);
        int raised = 0;
        for (int round = 0; round < 40; round++) {
            ScheduleProblem problem = randomProblem(random);
            int expected = BruteForce.optimum(problem);

            BreakLowerBound.Result result = BreakLowerBound.climb(problem, 0, 20);

            if (expected < 0) {
                assertThat(result.infeasible()).as("round %d", round).isTrue();
            } else {
                assertThat(result.bound()).as("round %d", round).isBetween(0, expected);
                raised += result.bound() > 0 ? 1 : 0;
                if (result.slots() != null) {
                    assertThat(BruteForce.valid(problem, result.slots())).isTrue();
                    assertThat(ScheduleSolver.totalBreaks(problem, result.slots()))
                            .as("round %d", round)
                            .isEqualTo(expected);
                }
            }
        }
        assertThat(raised).as("rounds with a bound above zero").isPositive();
    }

    private static ScheduleProblem randomProblem(Random random) {
        // one or two tables: tight enough that capacity forces breaks in some rounds
        return BruteForce.randomProblem(random, false, r -> 1 + r.nextInt(2), r -> r.nextInt(3));
    }
}
