package org.ketnoi.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ketnoi.scheduling.Schedule;
import org.ketnoi.scheduling.ScheduleSolver;
import org.ketnoi.scheduling.SolveLimits;
import org.ketnoi.scheduling.SolveStatus;
import org.ketnoi.scheduling.b2b.B2bChecker;
import org.ketnoi.scheduling.b2b.B2bInstance;
import org.ketnoi.scheduling.b2b.DznReader;

/**
 * Every instance of the B2B benchmark (Bofill et al., JAIR 74, 2022) in {@code ../shared/bench/b2b},
 * solved as {@code b2b-solve} solves it, each schedule re-checked by {@link B2bChecker}, compared with
 * the proven optima; it fails on a schedule the checker rejects and on a result the optima contradict
 * (a bound above one, fewer breaks, the wrong feasibility). Writes a Markdown table to
 * {@code target/b2b-benchmark.md}. Not part of the
 * normal build: {@code -Dbenchmark=true} (docs/benchmarks.md); {@code -Dbenchmark.seconds=10},
 * {@code -Dbenchmark.workers=2}, {@code -Dbenchmark.only=forum-13} to narrow it.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class B2bBenchmark {

    private static final Path BENCH = Path.of("../shared/bench/b2b");
    private static final int FAIRNESS = 2;

    @Test
    void benchmark() throws IOException {
        assumeTrue(Files.isDirectory(BENCH.resolve("instances")), "no benchmark files in " + BENCH);
        double seconds = Double.parseDouble(System.getProperty("benchmark.seconds", "10"));
        int workers = Integer.getInteger("benchmark.workers", 2);
        String only = System.getProperty("benchmark.only", "");
        Map<String, String[]> reference = reference();
        List<Path> files;
        try (Stream<Path> listing = Files.list(BENCH.resolve("instances"))) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".dzn"))
                    .filter(f -> f.getFileName().toString().contains(only))
                    .sorted()
                    .toList();
        }
        SolveLimits limits = new SolveLimits(Duration.ofNanos((long) (seconds * 1e9)), workers);
        ScheduleSolver solver = new ScheduleSolver();
        // load the native library and warm the JIT up outside the measurements (the CLI pays this once, ~0.5-4 s)
        solver.solve(
                DznReader.read(files.getFirst()).toProblem(FAIRNESS), new SolveLimits(Duration.ofSeconds(1), workers));
        List<String> rows = new ArrayList<>();
        rows.add("| instance | optimum | ours | bound | status | reached | seconds | CPU s | paper s | load |");
        rows.add("|---|---:|---:|---:|---|:-:|---:|---:|---:|---:|");
        int reached = 0;
        List<String> invalid = new ArrayList<>();
        List<String> contradicted = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            B2bInstance instance = DznReader.read(file);
            double load = loadAverage();
            long cpu = cpuNanos();
            long start = System.nanoTime();
            Schedule schedule = solver.solve(instance.toProblem(FAIRNESS), limits);
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            String ours = switch (schedule.status()) {
                case OPTIMAL, FEASIBLE -> Integer.toString(schedule.breaks());
                case INFEASIBLE -> "UNSAT";
                case UNKNOWN -> "–";
            };
            if (schedule.found()) {
                int[] slots = schedule.slotOfMeeting();
                for (int m = 0; m < slots.length; m++) {
                    slots[m]++;
                }
                B2bChecker.Verdict verdict = B2bChecker.check(instance, slots, FAIRNESS);
                if (!verdict.valid() || verdict.breaks() != schedule.breaks()) {
                    invalid.add(name + ": " + verdict);
                }
            }
            String[] ref = reference.getOrDefault(name, new String[] {"?", "?"});
            String contradiction = contradiction(ref[0], schedule);
            if (contradiction != null) {
                contradicted.add(name + ": " + contradiction);
            }
            boolean hit = (ref[0].equals("UNSAT") && schedule.status() == SolveStatus.INFEASIBLE)
                    || (ref[0].equals(ours) && schedule.status() == SolveStatus.OPTIMAL);
            if (hit) {
                reached++;
            }
            String row = String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %.1f | %.1f | %s | %.1f |",
                    name,
                    ref[0],
                    ours,
                    schedule.status() == SolveStatus.INFEASIBLE ? "–" : Integer.toString(schedule.bound()),
                    schedule.status(),
                    hit ? "yes" : "no",
                    wall,
                    cpuSeconds,
                    ref[1],
                    load);
            rows.add(row);
            System.out.println(row);
        }
        rows.add("");
        rows.add(String.format(
                Locale.ROOT,
                "%d of %d instances at the proven optimum or proven infeasible within %.0f s (%d workers).",
                reached,
                files.size(),
                seconds,
                workers));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/b2b-benchmark.md"), rows, StandardCharsets.UTF_8);
        System.out.println(rows.getLast());
        assertThat(invalid).as("schedules the checker rejects").isEmpty();
        assertThat(contradicted).as("results the published optima contradict").isEmpty();
    }

    /** A bound above the published optimum, a schedule below it, or the wrong feasibility: a bug. */
    static String contradiction(String optimum, Schedule schedule) {
        if (optimum.equals("UNSAT")) {
            return schedule.found() ? "a schedule for an infeasible instance" : null;
        }
        if (!optimum.matches("\\d+")) {
            return null;
        }
        int known = Integer.parseInt(optimum);
        if (schedule.status() == SolveStatus.INFEASIBLE) {
            return "infeasible, the optimum is " + known;
        }
        if (schedule.bound() > known) {
            return "bound " + schedule.bound() + " above the optimum " + known;
        }
        if (schedule.found() && schedule.breaks() < known) {
            return schedule.breaks() + " breaks, below the optimum " + known;
        }
        return null;
    }

    private static Map<String, String[]> reference() throws IOException {
        Map<String, String[]> result = new HashMap<>();
        Path csv = BENCH.resolve("reference_optima.csv");
        if (!Files.exists(csv)) {
            return result;
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            result.put(cells[0], new String[] {cells[2], cells[3]});
        }
        return result;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
