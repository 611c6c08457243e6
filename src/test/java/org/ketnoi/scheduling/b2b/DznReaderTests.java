package org.ketnoi.scheduling.b2b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnoi.scheduling.MeetingToPlace;
import org.ketnoi.scheduling.ScheduleProblem;

class DznReaderTests {

    @Test
    void parse_readsEveryField() {
        B2bInstance instance = DznReader.parse(B2bSamples.SMALL);

        assertThat(instance.participants()).isEqualTo(4);
        assertThat(instance.meetings()).isEqualTo(4);
        assertThat(instance.tables()).isEqualTo(2);
        assertThat(instance.slots()).isEqualTo(4);
        assertThat(instance.morningSlots()).isEqualTo(2);
        assertThat(instance.requested())
                .containsExactly(new int[] {1, 2, 3}, new int[] {1, 3, 1}, new int[] {2, 4, 2}, new int[] {3, 4, 3});
        assertThat(instance.forbidden()).containsExactly(Set.of(0), Set.of(0), Set.of(0, 2), Set.of(0));
        assertThat(instance.fixed()).containsExactly(0, 0, 0, 4);
        assertThat(instance.precedences()).containsExactly(Set.of(), Set.of(), Set.of(), Set.of(1));
    }

    @Test
    void parse_expandsRangesInSets() {
        String text =
                B2bSamples.SMALL.replace("forbidden = [{0}, {0}, {0, 2}, {0}]", "forbidden = [{0}, {1..3}, {}, {0}]");

        assertThat(DznReader.parse(text).forbidden()).containsExactly(Set.of(0), Set.of(1, 2, 3), Set.of(), Set.of(0));
    }

    @Test
    void parse_rejectsACountThatDisagreesWithRequested() {
        String text = B2bSamples.SMALL.replace("nMeetings = 4;", "nMeetings = 5;");

        assertThatThrownBy(() -> DznReader.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nMeetings");
    }

    @Test
    void toProblem_translatesSessionsFixedSlotsForbiddenSlotsAndPrecedences_toZeroBased() {
        ScheduleProblem problem = DznReader.parse(B2bSamples.SMALL).toProblem(2);

        List<MeetingToPlace> meetings = problem.meetings();
        assertThat(meetings.get(0).firstParticipant()).isZero();
        assertThat(meetings.get(0).secondParticipant()).isEqualTo(1);
        assertThat(problem.domain(0).stream().toArray()).containsExactly(0, 1, 2, 3);
        assertThat(problem.domain(1).stream().toArray()).containsExactly(0); // morning, participant 3 off in slot 2
        assertThat(problem.domain(2).stream().toArray()).containsExactly(2, 3);
        assertThat(problem.domain(3).stream().toArray()).containsExactly(3);
        assertThat(meetings.get(3).after()).containsExactly(0);
        assertThat(problem.fairness()).isEqualTo(2);
    }
}
