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
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ketnoi.scheduling.plan.EventGenerator;
import org.ketnoi.scheduling.plan.GreedyPlanner;
import org.ketnoi.scheduling.plan.OptimisingPlanner;
import org.ketnoi.scheduling.plan.PlanBounds;
import org.ketnoi.scheduling.plan.PlanChecker;
import org.ketnoi.scheduling.plan.PlanProblem;
import org.ketnoi.scheduling.plan.PlanProgress;
import org.ketnoi.scheduling.plan.PlanResult;
import org.ketnoi.scheduling.plan.PlanScore;

/**
 * The optimising planner on generated events ({@link EventGenerator}) of 300, 3,000 and 30,000
 * requested meetings: weight placed against the upper bound, when 99 % of the bound was reached, gaps,
 * moved meetings, heap; every plan re-checked by {@link PlanChecker}. Then a re-run of the largest
 * event after changes (previous slots kept where they still fit). Writes {@code
 * target/planner-benchmark.md}. Not part of the normal build: {@code -Dbenchmark=true -DargLine=-Xmx2g}
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
        Path out = Path.of("target/planner-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.write(out, rows);
        rows.forEach(System.out::println);
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
