package org.ketnoi.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ketnoi.event.ParticipationId;

class MeetingPairTest {

    private static final ParticipationId A = new ParticipationId(3);
    private static final ParticipationId B = new ParticipationId(7);

    @Test
    void of_putsTheSmallerIdFirstWhateverTheOrder() {
        assertThat(MeetingPair.of(B, A)).isEqualTo(new MeetingPair(A, B));
        assertThat(MeetingPair.of(A, B)).isEqualTo(new MeetingPair(A, B));
    }

    @Test
    void constructor_rejectsReversedOrSameIds() {
        assertThatThrownBy(() -> new MeetingPair(B, A)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeetingPair(A, A)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeetingPair.of(A, A)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void other_isTheOppositeSide() {
        MeetingPair pair = MeetingPair.of(A, B);
        assertThat(pair.other(A)).isEqualTo(B);
        assertThat(pair.other(B)).isEqualTo(A);
        assertThatThrownBy(() -> pair.other(new ParticipationId(9))).isInstanceOf(IllegalArgumentException.class);
    }
}
