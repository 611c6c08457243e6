package org.ketnoi.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ketnoi.scheduling.plan.EventGenerator;
import org.ketnoi.scheduling.plan.GreedyPlanner;
import org.ketnoi.scheduling.plan.OptimisingPlanner;
import org.ketnoi.scheduling.plan.PlanBounds;
import org.ketnoi.scheduling.plan.PlanChecker;
import org.ketnoi.scheduling.plan.PlanMeeting;
import org.ketnoi.scheduling.plan.PlanParticipant;
import org.ketnoi.scheduling.plan.PlanProblem;
import org.ketnoi.scheduling.plan.PlanProgress;
import org.ketnoi.scheduling.plan.PlanResult;
import org.ketnoi.scheduling.plan.PlanScore;

/**
 * The optimising planner on generated events ({@link EventGenerator}) of 300, 3,000 and 30,000
 * requested meetings: weight placed against the upper bound, when 99 % of the bound was reached, gaps,
 * moved meetings, heap; every plan re-checked by {@link PlanChecker}. Then a re-run of the largest
 * event after changes (previous slots kept where they still fit). Writes {@code
 * target/planner-benchmark.md}; {@code -Dbenchmark.rerun=0} leaves out the re-run. Not part of the normal build: {@code -Dbenchmark=true -DargLine=-Xmx2g}
 * (docs/benchmarks.md); {@code -Dbenchmark.seconds=60}, {@code -Dbenchmark.workers=2}, {@code
 * -Dbenchmark.sizes=300,3000,30000}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PlannerBenchmark {

    @Test
    void benchmark() throws IOException {
        double seconds = Double.parseDouble(System.getProperty("benchmark.seconds", "60"));
        int workers = Integer.getInteger("benchmark.workers", 2);
        int[] sizes = Arrays.stream(
                        System.getProperty("benchmark.sizes", "300,3000,30000").split(","))
                .filter(size -> !size.isBlank())
                .mapToInt(Integer::parseInt)
                .toArray();
        List<String> rows = new ArrayList<>();
        rows.add("| meetings | participants | greedy | simple bound | bound | ours | % of bound | 99 % at s"
                + " | seconds | gaps (greedy) | gaps | spread | status | peak heap MB | load |");
        rows.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        new OptimisingPlanner(workers).plan(EventGenerator.generate(300, 7), Duration.ofSeconds(2), PlanProgress.NONE);
        for (int size : sizes) {
            PlanProblem problem = EventGenerator.generate(size, 20261124L);
            PlanResult greedy = new GreedyPlanner().plan(problem, Duration.ofSeconds(1), PlanProgress.NONE);
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            resetPeaks();
            Recorder recorder = new Recorder();
            long start = System.nanoTime();
            PlanResult result = new OptimisingPlanner(workers)
                    .plan(problem, Duration.ofNanos((long) (seconds * 1e9)), recorder.started(start));
            double wall = (System.nanoTime() - start) / 1e9;
            PlanChecker.Report report = PlanChecker.check(problem, result.placements());
            assertThat(report.violations()).isEmpty();
            assertThat(report.weight()).isEqualTo(result.weight());
            assertThat(report.gaps()).isEqualTo(result.gaps());
            PlanScore score = PlanScore.of(problem, result.placements());
            rows.add(String.format(
                    Locale.ROOT,
                    "| %d | %d | %d | %d | %d | %d | %.2f | %s | %.1f | %d | %d | %d | %s | %d | %.1f |",
                    size,
                    problem.participants().size(),
                    greedy.weight(),
                    PlanBounds.weightBound(problem),
                    result.weightBound(),
                    result.weight(),
                    100.0 * result.weight() / result.weightBound(),
                    recorder.reached < 0 ? "–" : String.format(Locale.ROOT, "%.1f", recorder.reached),
                    wall,
                    greedy.gaps(),
                    result.gaps(),
                    score.spread(),
                    result.status(),
                    peakHeapMegabytes(),
                    load));
            System.out.println(rows.getLast());
        }
        int rerun = Integer.getInteger("benchmark.rerun", 3000);
        if (rerun > 0) {
            rows.add("");
            rows.add(rerun(rerun, seconds, workers));
            System.out.println(rows.getLast());
        }
        Path out = Path.of("target/planner-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.write(out, rows);
        rows.forEach(System.out::println);
    }

    /**
     * A re-run after changes: the event planned once, its placements become the published slots, then
     * 5 % of the participants lose one slot they met in and the event is planned again.
     */
    private static String rerun(int size, double seconds, int workers) {
        PlanProblem problem = EventGenerator.generate(size, 20261124L);
        OptimisingPlanner planner = new OptimisingPlanner(workers);
        Duration limit = Duration.ofNanos((long) (seconds * 1e9));
        PlanResult first = planner.plan(problem, limit, PlanProgress.NONE);
        int[] slotOf = new int[problem.meetings().size()];
        Arrays.fill(slotOf, PlanMeeting.NONE);
        first.placements().forEach(p -> slotOf[p.meeting()] = p.slot());
        Random random = new Random(5);
        List<PlanParticipant> participants = new ArrayList<>();
        int changed = 0;
        for (int p = 0; p < problem.participants().size(); p++) {
            PlanParticipant participant = problem.participants().get(p);
            BitSet available = participant.available();
            if (random.nextInt(20) == 0) {
                for (int m = 0; m < problem.meetings().size(); m++) {
                    if (slotOf[m] >= 0 && problem.meetings().get(m).involves(p)) {
                        available.clear(slotOf[m]);
                        changed++;
                        break;
                    }
                }
            }
            participants.add(new PlanParticipant(participant.id(), available, participant.maxMeetings()));
        }
        List<PlanMeeting> meetings = new ArrayList<>();
        for (int m = 0; m < problem.meetings().size(); m++) {
            PlanMeeting meeting = problem.meetings().get(m);
            meetings.add(new PlanMeeting(
                    meeting.id(),
                    meeting.first(),
                    meeting.second(),
                    meeting.weight(),
                    meeting.pool(),
                    meeting.needsInterpreter(),
                    meeting.interpreters(),
                    meeting.pinnedSlot(),
                    slotOf[m]));
        }
        PlanProblem again = new PlanProblem(
                problem.slots(),
                participants,
                meetings,
                problem.pools(),
                problem.interpreters(),
                problem.onlineRoomsPerSlot());
        long start = System.nanoTime();
        PlanResult second = planner.plan(again, limit, PlanProgress.NONE);
        double wall = (System.nanoTime() - start) / 1e9;
        PlanChecker.Report report = PlanChecker.check(again, second.placements());
        assertThat(report.violations()).isEmpty();
        int lost = 0;
        for (int m = 0; m < slotOf.length; m++) {
            if (slotOf[m] >= 0 && !again.domain(m).get(slotOf[m])) {
                lost++;
            }
        }
        return String.format(
                Locale.ROOT,
                "Re-run of the %d-meeting event after %d participants lost a slot (%d published meetings lost"
                        + " their slot): weight %d → %d (bound %d), moved %d of %d published, gaps %d → %d, %.1f s",
                size,
                changed,
                lost,
                first.weight(),
                second.weight(),
                second.weightBound(),
                second.moved(),
                first.placements().size(),
                first.gaps(),
                second.gaps(),
                wall);
    }

    /** Notes when a plan first reached 99 % of the bound. */
    private static final class Recorder implements PlanProgress {
        private long start;
        private double reached = -1;

        Recorder started(long nanos) {
            this.start = nanos;
            return this;
        }

        @Override
        public void improved(long weight, long weightBound, int gaps) {
            if (reached < 0 && weight * 100 >= weightBound * 99L) {
                reached = (System.nanoTime() - start) / 1e9;
            }
        }

        @Override
        public boolean stopRequested() {
            return false;
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
