package org.ketnoi.meeting;

import org.ketnoi.event.ParticipationId;

/**
 * Two participations of one event, whoever asked whom: {@code first} has the smaller id. Build one
 * with {@link #of(ParticipationId, ParticipationId)} to get that order from any two ids.
 *
 * @throws IllegalArgumentException when {@code first} is not smaller than {@code second}
 */
public record MeetingPair(ParticipationId first, ParticipationId second) {

    public MeetingPair {
        if (first.value() >= second.value()) {
            throw new IllegalArgumentException(
                    "A meeting pair needs two participations, smaller id first: " + first + ", " + second);
        }
    }

    /** The pair of two different participations, in canonical order. */
    public static MeetingPair of(ParticipationId a, ParticipationId b) {
        return a.value() <= b.value() ? new MeetingPair(a, b) : new MeetingPair(b, a);
    }

    public boolean contains(ParticipationId participation) {
        return first.equals(participation) || second.equals(participation);
    }

    /** The other participation of the pair. */
    public ParticipationId other(ParticipationId participation) {
        if (!contains(participation)) {
            throw new IllegalArgumentException(participation + " is not in " + this);
        }
        return first.equals(participation) ? second : first;
    }
}
