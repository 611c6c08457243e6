package org.ketnoi.scheduling.b2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class B2bSolveCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void run_printsOneJsonLinePerFile_andWritesTheSchedules() throws IOException {
        Path small = write("small.dzn", B2bSamples.SMALL);
        Path infeasible = write("none.dzn", B2bSamples.INFEASIBLE);
        Path solutions = dir.resolve("solutions");

        int exit = run(
                "b2b-solve",
                "--fairness",
                "2",
                "--time-limit",
                "10",
                "--solution-dir",
                solutions.toString(),
                small.toString(),
                infeasible.toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(withoutSeconds(lines.get(0)))
                .isEqualTo("{\"instance\":\"small.dzn\",\"status\":\"OPTIMAL\",\"meetings\":4,\"scheduled\":4,"
                        + "\"breaks\":1,\"bound\":1,\"seconds\":}");
        assertThat(withoutSeconds(lines.get(1)))
                .isEqualTo("{\"instance\":\"none.dzn\",\"status\":\"INFEASIBLE\",\"meetings\":3,\"scheduled\":0,"
                        + "\"breaks\":null,\"bound\":null,\"seconds\":}");
        assertThat(lines.get(0)).matches(".*\"seconds\":\\d+\\.\\d{3}}");

        List<String> csv = Files.readAllLines(solutions.resolve("small.dzn.csv"));
        assertThat(csv.get(0)).isEqualTo("meeting,slot");
        assertThat(csv).hasSize(5);
        int[] slots = csv.stream()
                .skip(1)
                .mapToInt(line -> Integer.parseInt(line.split(",")[1]))
                .toArray();
        assertThat(csv.stream().skip(1).map(line -> line.split(",")[0])).containsExactly("1", "2", "3", "4");
        B2bChecker.Verdict verdict = B2bChecker.check(DznReader.parse(B2bSamples.SMALL), slots, 2);
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.breaks()).isEqualTo(1);
        assertThat(solutions.resolve("none.dzn.csv")).doesNotExist();
    }

    @Test
    void run_refusesMissingFiles_withUsage() {
        assertThat(run("b2b-solve", "--time-limit", "5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: b2b-solve");
    }

    @Test
    void run_reportsAnUnreadableFile_andGoesOn() throws IOException {
        Path small = write("small.dzn", B2bSamples.SMALL);

        int exit = run("b2b-solve", dir.resolve("missing.dzn").toString(), small.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.dzn");
    }

    private int run(String... args) {
        return B2bSolveCommand.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String withoutSeconds(String line) {
        return line.replaceAll("\"seconds\":[0-9.]+", "\"seconds\":");
    }
}
