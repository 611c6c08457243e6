package org.ketnoi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SingleBreakProbeTests {

    @BeforeAll
    static void loadNativeLibraries() {
        Loader.loadNativeLibraries();
    }

    @Test
    void run_findsAScheduleExactlyWhenOneWithAtMostOneBreakExists_onSmallRandomProblems() {
        Random random = new Random(20261124);
        int found = 0;
        int refuted = 0;
        for (int round = 0; round < 40; round++) {
            ScheduleProblem problem = BruteForce.randomProblem(random, false, r -> 1 + r.nextInt(2), r -> r.nextInt(3));
            int expected = BruteForce.optimum(problem);

            SingleBreakProbe.Result result = new SingleBreakProbe(problem, new AtomicBoolean(), round).run(farAway());

            if (expected >= 0 && expected <= 1) {
                assertThat(result.slots()).as("round %d", round).isNotNull();
                assertThat(BruteForce.valid(problem, result.slots()))
                        .as("round %d", round)
                        .isTrue();
                assertThat(ScheduleSolver.totalBreaks(problem, result.slots())).isLessThanOrEqualTo(1);
                found++;
            } else {
                // none with one break: every participant refuted, which proves two or more
                assertThat(result.slots()).as("round %d", round).isNull();
                assertThat(result.refutedAll()).as("round %d", round).isTrue();
                refuted++;
            }
        }
        assertThat(found).isPositive();
        assertThat(refuted).isPositive();
    }

    @Test
    void run_refutesEveryParticipant_whenTwoTrianglesShareOneTable() {
        ScheduleProblem problem = twoTriangles();

        SingleBreakProbe.Result result = new SingleBreakProbe(problem, new AtomicBoolean(), 1).run(farAway());

        assertThat(BruteForce.optimum(problem)).isEqualTo(2);
        assertThat(result.slots()).isNull();
        assertThat(result.refutedAll()).isTrue();
    }

    @Test
    void run_asksNothing_afterCancel() {
        SingleBreakProbe probe = new SingleBreakProbe(twoTriangles(), new AtomicBoolean(), 1);
        probe.suggest(0);

        probe.cancel();
        SingleBreakProbe.Result result = probe.run(farAway());

        assertThat(result.slots()).isNull();
        assertThat(result.refutedAll()).isFalse();
    }

    @Test
    void run_setsTheSharedStop_whenItFindsASchedule() {
        AtomicBoolean stop = new AtomicBoolean();
        SingleBreakProbe probe = new SingleBreakProbe(triangle(4), stop, 1);

        SingleBreakProbe.Result result = probe.run(farAway());

        assertThat(result.slots()).isNotNull();
        assertThat(ScheduleSolver.totalBreaks(triangle(4), result.slots())).isEqualTo(1);
        assertThat(stop).isTrue();
    }

    @Test
    void withBreaks_listsTheParticipantsWithABreak() {
        // one table: A-B, A-C, then B-C after an empty slot: B and C wait
        int[] slots = {0, 1, 3};

        assertThat(SingleBreakProbe.withBreaks(triangle(4), slots)).containsExactly(1, 2);
    }

    /** Participants 0, 1, 2 meeting each other at one table in {@code slots} slots: the optimum is 1. */
    static ScheduleProblem triangle(int slots) {
        return new ScheduleProblem(
                3,
                slots,
                1,
                List.of(
                        MeetingToPlace.between(0, 1, slots),
                        MeetingToPlace.between(0, 2, slots),
                        MeetingToPlace.between(1, 2, slots)),
                BruteForce.nobodyUnavailable(3),
                2);
    }

    /** Two such triangles sharing one table: each forces a break, so the optimum is 2. */
    static ScheduleProblem twoTriangles() {
        List<MeetingToPlace> meetings = new ArrayList<>();
        for (int first : new int[] {0, 3}) {
            meetings.add(MeetingToPlace.between(first, first + 1, 6));
            meetings.add(MeetingToPlace.between(first, first + 2, 6));
            meetings.add(MeetingToPlace.between(first + 1, first + 2, 6));
        }
        return new ScheduleProblem(6, 6, 1, meetings, BruteForce.nobodyUnavailable(6), 2);
    }

    private static long farAway() {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    }
}
