package org.ketnoi.scheduling.b2b;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class B2bCheckerTests {

    private final B2bInstance small = DznReader.parse(B2bSamples.SMALL);

    @Test
    void check_acceptsAValidSchedule_andCountsItsBreaks() {
        // participant 1: slots 2,1 -> none; 2: 2,3 -> none; 3: 1,4 -> one; 4: 3,4 -> none
        B2bChecker.Verdict verdict = B2bChecker.check(small, new int[] {2, 1, 3, 4}, 2);

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.breaks()).isEqualTo(1);
    }

    @Test
    void check_reportsAMeetingOutsideItsSession() {
        assertThat(B2bChecker.check(small, new int[] {2, 1, 1, 4}, 2).violations())
                .contains("meeting 3 outside its session");
    }

    @Test
    void check_reportsAForbiddenSlot_aMovedFixedMeeting_andABrokenPrecedence() {
        // meeting 2 in slot 2 (forbidden to participant 3); meeting 4 in slot 3 (fixed to 4); meeting 1 in slot 4 (must
        // precede 4)
        assertThat(B2bChecker.check(small, new int[] {4, 2, 1, 3}, 2).violations())
                .contains(
                        "meeting 2 in a forbidden slot of participant 3",
                        "meeting 4 not in its fixed slot",
                        "meeting 4 not after meeting 1");
    }

    @Test
    void check_reportsAParticipantInTwoMeetingsAtOnce_andTooManyMeetingsInASlot() {
        B2bInstance oneTable = DznReader.parse(B2bSamples.SMALL.replace("nTables = 2;", "nTables = 1;"));

        assertThat(B2bChecker.check(oneTable, new int[] {1, 1, 3, 4}, 2).violations())
                .contains("participant 1 twice in slot 1", "slot 1 holds 2 meetings");
    }

    @Test
    void check_reportsUnfairBreaks() {
        // participant 3 has one break, everyone else none
        assertThat(B2bChecker.check(small, new int[] {2, 1, 3, 4}, 0).violations())
                .containsExactly("unfair: breaks range from 0 to 1");
    }

    @Test
    void check_reportsAMissingSlot() {
        assertThat(B2bChecker.check(small, new int[] {0, 1, 3, 4}, 2).violations())
                .containsExactly("meeting 1 has no slot");
    }
}
