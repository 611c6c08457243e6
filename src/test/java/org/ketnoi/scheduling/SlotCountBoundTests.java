package org.ketnoi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SlotCountBoundTests {

    @BeforeAll
    static void loadNativeLibraries() {
        Loader.loadNativeLibraries();
    }

    @Test
    void of_provesABreak_whenAPinnedMeetingFillsTheOnlyTableInTheMiddle() {
        // participant 0 meets 1 and 2; 3 and 4 hold the one table in slot 1, so 0 waits through it.
        // Each participant alone could be free of breaks: only counting the table shows the wait
        ScheduleProblem problem = new ScheduleProblem(
                5,
                3,
                1,
                List.of(
                        MeetingToPlace.between(0, 1, 3),
                        MeetingToPlace.between(0, 2, 3),
                        MeetingToPlace.between(3, 4, 3).pinnedTo(1)),
                BruteForce.nobodyUnavailable(5),
                2);

        assertThat(new BreakModel(problem, -1).lowerBound).isZero();
        assertThat(SlotCountBound.of(problem, 1, 5)).isEqualTo(1);
        assertThat(BruteForce.optimum(problem)).isEqualTo(1);
    }

    @Test
    void of_neverPassesTheOptimum_onSmallRandomProblems() {
        Random random = new Random(20261125);
        int raised = 0;
        for (int round = 0; round < 60; round++) {
            ScheduleProblem problem =
                    BruteForce.randomProblem(random, true, r -> 1 + r.nextInt(2), r -> r.nextInt(4) - 1);
            int expected = BruteForce.optimum(problem);
            if (expected < 0) {
                continue;
            }

            int bound = SlotCountBound.of(problem, 1, 5);

            assertThat(bound).as("round %d", round).isBetween(0, expected);
            raised += bound > 0 ? 1 : 0;
        }
        assertThat(raised).as("rounds with a bound above zero").isPositive();
    }

    @Test
    void patterns_listRunsOfBusySlots_upToTheCap() {
        List<BitSet> anySlot = List.of(slots(0, 1, 2, 3), slots(0, 1, 2, 3));

        assertThat(SlotCountBound.patterns(anySlot, 4, 0, 100))
                .extracting(pattern -> pattern.slots().toString())
                .containsExactly("{0, 1}", "{1, 2}", "{2, 3}");
        assertThat(SlotCountBound.patterns(anySlot, 4, 1, 100)).hasSize(6);
        assertThat(SlotCountBound.patterns(anySlot, 4, 1, 5))
                .as("past the limit")
                .isNull();
    }

    @Test
    void patterns_keepOnlyWhatTheMeetingsCanFill() {
        // a morning meeting (slots 0-1), an afternoon one (2-3) and one pinned to slot 1: {1, 2, 3}
        // has three slots for three meetings, but leaves the morning one none
        List<BitSet> domains = List.of(slots(0, 1), slots(2, 3), slots(1));

        assertThat(SlotCountBound.patterns(domains, 4, 2, 100))
                .extracting(pattern -> pattern.slots().toString() + " " + pattern.breaks())
                .containsExactlyInAnyOrder("{0, 1, 2} 0", "{0, 1, 3} 1");
    }

    @Test
    void beyond_countsABreakForEveryoneElse_whenFairnessHolds() {
        assertThat(SlotCountBound.beyond(-1, 2, 10, false)).isEqualTo(3);
        assertThat(SlotCountBound.beyond(2, 2, 10, false)).isEqualTo(3 + 9);
        assertThat(SlotCountBound.beyond(2, 2, 10, true)).isEqualTo(Long.MAX_VALUE);
    }

    private static BitSet slots(int... slots) {
        BitSet result = new BitSet();
        for (int s : slots) {
            result.set(s);
        }
        return result;
    }
}
