package org.ketnoi.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantBoundsTests {

    @Test
    void fewestRuns_isOne_whenAllSlotsAreUsable() {
        assertThat(ParticipantBounds.fewestRuns(10, 4, range(0, 10), new BitSet()))
                .isEqualTo(1);
    }

    @Test
    void fewestRuns_countsGapsBetweenPinnedSlots_thatMeetingsCannotFill() {
        BitSet pinned = new BitSet();
        pinned.set(0);
        pinned.set(5);
        // three meetings: slots 0 and 5 pinned, one more anywhere: at least two runs
        assertThat(ParticipantBounds.fewestRuns(10, 3, range(0, 10), pinned)).isEqualTo(2);
        // six meetings can fill 0..5
        assertThat(ParticipantBounds.fewestRuns(10, 6, range(0, 10), pinned)).isEqualTo(1);
    }

    @Test
    void fewestRuns_respectsUnusableSlots() {
        BitSet usable = range(0, 10);
        usable.clear(3);
        // five meetings in slots 0..9 without slot 3: 4..8 is one run
        assertThat(ParticipantBounds.fewestRuns(10, 5, usable, new BitSet())).isEqualTo(1);
        // seven meetings cannot fit in one run of 0..2 or 4..9 (six slots)
        assertThat(ParticipantBounds.fewestRuns(10, 7, usable, new BitSet())).isEqualTo(2);
    }

    @Test
    void fewestRunsByGroup_keepsEachMeetingInItsOwnSlots() {
        // one meeting pinned to slot 5 (afternoon), two morning-only meetings (slots 0..3): the union
        // bound would put them in 3..5 (one run), but morning meetings cannot take slot 4
        BitSet pinned = range(5, 6);
        BitSet morning = range(0, 4);
        assertThat(ParticipantBounds.fewestRuns(8, 3, range(0, 8), pinned)).isEqualTo(1);
        assertThat(ParticipantBounds.fewestRunsByGroup(8, List.of(pinned, morning), List.of(1, 2)))
                .isEqualTo(2);
    }

    @Test
    void fewestRunsByGroup_isImpossible_whenAGroupHasMoreMeetingsThanSlots() {
        assertThat(ParticipantBounds.fewestRunsByGroup(4, List.of(range(0, 1)), List.of(2)))
                .isGreaterThan(100);
    }

    private static BitSet range(int from, int to) {
        BitSet set = new BitSet();
        set.set(from, to);
        return set;
    }
}
