package org.ketnoi.scheduling.b2b;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ketnoi.scheduling.Schedule;
import org.ketnoi.scheduling.ScheduleSolver;
import org.ketnoi.scheduling.SolveLimits;

/**
 * {@code b2b-solve [--fairness D] [--time-limit S] [--workers N] [--solution-dir DIR] FILE...}: solves
 * each benchmark file with the product's engine and prints one JSON object per file. Runs without
 * Spring: {@code KetNoiApplication.main} hands these arguments over before any context starts.
 */
public final class B2bSolveCommand {

    public static final String NAME = "b2b-solve";

    private static final String USAGE =
            "usage: b2b-solve [--fairness D] [--time-limit S] [--workers N] [--solution-dir DIR] FILE...";

    private B2bSolveCommand() {}

    /** Runs the command; returns the process exit code (0 ok, 1 a file failed, 2 bad usage). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        int fairness = 2;
        double timeLimit = 10;
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        Path solutionDir = null;
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case NAME -> {}
                    case "--fairness" -> fairness = Integer.parseInt(args.get(++i));
                    case "--time-limit" -> timeLimit = Double.parseDouble(args.get(++i));
                    case "--workers" -> workers = Integer.parseInt(args.get(++i));
                    case "--solution-dir" -> solutionDir = Path.of(args.get(++i));
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        files.add(Path.of(arg));
                    }
                }
            }
            if (files.isEmpty() || timeLimit <= 0 || workers < 1) {
                throw new IllegalArgumentException("no file");
            }
        } catch (RuntimeException e) {
            err.println(USAGE);
            return 2;
        }
        SolveLimits limits = new SolveLimits(Duration.ofNanos((long) (timeLimit * 1e9)), workers);
        int exit = 0;
        for (Path file : files) {
            try {
                exit = Math.max(exit, solveOne(file, fairness, limits, solutionDir, out, err));
            } catch (IOException | RuntimeException e) {
                err.println(file + ": " + e.getMessage());
                exit = 1;
            }
        }
        return exit;
    }

    private static int solveOne(
            Path file, int fairness, SolveLimits limits, Path solutionDir, PrintStream out, PrintStream err)
            throws IOException {
        long start = System.nanoTime();
        B2bInstance instance = DznReader.read(file);
        Schedule schedule = new ScheduleSolver().solve(instance.toProblem(fairness), limits);
        double seconds = (System.nanoTime() - start) / 1e9;
        int exit = 0;
        if (schedule.found()) {
            int[] slots = oneBased(schedule.slotOfMeeting());
            B2bChecker.Verdict verdict = B2bChecker.check(instance, slots, fairness);
            if (!verdict.valid() || verdict.breaks() != schedule.breaks()) {
                err.println(file + ": the checker rejects the schedule: " + verdict);
                exit = 1;
            }
            if (solutionDir != null) {
                writeSolution(solutionDir.resolve(file.getFileName() + ".csv"), slots);
            }
        }
        out.println(json(file.getFileName().toString(), instance.meetings(), schedule, seconds));
        out.flush();
        return exit;
    }

    static String json(String instance, int meetings, Schedule schedule, double seconds) {
        boolean found = schedule.found();
        boolean bounded = schedule.status() != org.ketnoi.scheduling.SolveStatus.INFEASIBLE;
        return String.format(
                Locale.ROOT,
                "{\"instance\":\"%s\",\"status\":\"%s\",\"meetings\":%d,\"scheduled\":%d,\"breaks\":%s,"
                        + "\"bound\":%s,\"seconds\":%.3f}",
                instance.replace("\\", "\\\\").replace("\"", "\\\""),
                schedule.status(),
                meetings,
                schedule.scheduled(),
                found ? Integer.toString(schedule.breaks()) : "null",
                bounded ? Integer.toString(schedule.bound()) : "null",
                seconds);
    }

    private static int[] oneBased(int[] slots) {
        int[] result = new int[slots.length];
        for (int m = 0; m < slots.length; m++) {
            result[m] = slots[m] + 1;
        }
        return result;
    }

    private static void writeSolution(Path target, int[] slots) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        StringBuilder csv = new StringBuilder("meeting,slot\n");
        for (int m = 0; m < slots.length; m++) {
            csv.append(m + 1).append(',').append(slots[m]).append('\n');
        }
        Files.writeString(target, csv, StandardCharsets.UTF_8);
    }
}
