package org.ketnoi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ketnoi.matching.engine.ExposureBalancer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The labelled evaluation set (bench/matching): quality figures for docs/benchmarks.md, and the
 * issue's goal for cross-language pairs as an assertion, so a change that breaks it fails the build.
 * Text codes come from the application's real {@link ListingTextCodes}.
 */
@SpringBootTest
@ActiveProfiles("test")
class MatchingEvaluationTests {

    @Autowired
    ListingTextCodes textCodes;

    @Test
    void evaluationSet_meetsCrossLanguageRecallGoal() throws IOException {
        List<MatchingEvaluation.Labelled> events = MatchingEvaluation.load(textCodes);

        MatchingEvaluation.Report report = MatchingEvaluation.evaluate(events, 10, 1.5);

        System.out.println("| ranking | readers | P@5 | R@10 | nDCG@10 |");
        System.out.println("|---|---:|---:|---:|---:|");
        System.out.println(report.all().row("plain, all pairs"));
        System.out.println(report.cross().row("plain, cross-language pairs"));
        System.out.println(report.allBalanced().row("balanced, all pairs"));
        System.out.println(report.crossBalanced().row("balanced, cross-language pairs"));
        MatchingEvaluation.Report noText = MatchingEvaluation.evaluate(MatchingEvaluation.withoutText(events), 10, 1.5);
        System.out.println(noText.all().row("plain, all pairs, without the text signal"));
        System.out.println(noText.cross().row("plain, cross-language pairs, without the text signal"));
        for (ExposureBalancer.Stats stats : report.exposure()) {
            System.out.println(String.format(Locale.ROOT, "exposure: %s", stats));
        }
        assertThat(report.cross().recallAt10()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.crossBalanced().recallAt10()).isGreaterThanOrEqualTo(0.95);
    }
}
