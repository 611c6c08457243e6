package org.ketnoi.scheduling;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;

/** Tries every assignment of a tiny problem: the reference the solver's optimum is tested against. */
final class BruteForce {

    private BruteForce() {}

    /**
     * A small random problem for comparisons with {@link #optimum}: 4-5 participants, 5-6 slots, 5-6
     * meetings, some pinned, (with {@code precedences}) some after another, one unavailable slot; the
     * tables and the fairness bound drawn last, in that order, by the caller's functions.
     */
    static ScheduleProblem randomProblem(
            Random random, boolean precedences, ToIntFunction<Random> tables, ToIntFunction<Random> fairness) {
        int participants = 4 + random.nextInt(2);
        int slots = 5 + random.nextInt(2);
        List<MeetingToPlace> meetings = new ArrayList<>();
        int count = 5 + random.nextInt(2);
        while (meetings.size() < count) {
            int a = random.nextInt(participants);
            int b = random.nextInt(participants);
            if (a == b) {
                continue;
            }
            MeetingToPlace meeting = MeetingToPlace.between(a, b, slots);
            if (random.nextInt(5) == 0) {
                meeting = meeting.pinnedTo(random.nextInt(slots));
            }
            if (precedences && random.nextInt(6) == 0 && !meetings.isEmpty()) {
                meeting = meeting.after(List.of(random.nextInt(meetings.size())));
            }
            meetings.add(meeting);
        }
        List<BitSet> unavailable = nobodyUnavailable(participants);
        unavailable.get(random.nextInt(participants)).set(random.nextInt(slots));
        int tableCount = tables.applyAsInt(random);
        return new ScheduleProblem(participants, slots, tableCount, meetings, unavailable, fairness.applyAsInt(random));
    }

    /** One empty unavailability set per participant, to add to. */
    static List<BitSet> nobodyUnavailable(int participants) {
        List<BitSet> result = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            result.add(new BitSet());
        }
        return result;
    }

    /** The fewest breaks of any valid schedule, or -1 when there is none. */
    static int optimum(ScheduleProblem problem) {
        int[] slots = new int[problem.meetings().size()];
        return search(problem, slots, 0);
    }

    private static int search(ScheduleProblem problem, int[] slots, int m) {
        if (m == slots.length) {
            return valid(problem, slots) ? breaks(problem, slots) : -1;
        }
        int best = -1;
        for (int s = 0; s < problem.slots(); s++) {
            slots[m] = s;
            int found = search(problem, slots, m + 1);
            if (found >= 0 && (best < 0 || found < best)) {
                best = found;
            }
        }
        return best;
    }

    static boolean valid(ScheduleProblem problem, int[] slots) {
        int[] perSlot = new int[problem.slots()];
        for (int m = 0; m < slots.length; m++) {
            MeetingToPlace meeting = problem.meetings().get(m);
            int s = slots[m];
            if (!meeting.allowedSlots().get(s)
                    || (meeting.pinnedSlot() >= 0 && meeting.pinnedSlot() != s)
                    || problem.unavailable().get(meeting.firstParticipant()).get(s)
                    || problem.unavailable().get(meeting.secondParticipant()).get(s)) {
                return false;
            }
            for (int before : meeting.after()) {
                if (slots[before] >= s) {
                    return false;
                }
            }
            perSlot[s]++;
            for (int other = 0; other < m; other++) {
                MeetingToPlace that = problem.meetings().get(other);
                boolean shared =
                        that.involves(meeting.firstParticipant()) || that.involves(meeting.secondParticipant());
                if (shared && slots[other] == s) {
                    return false;
                }
            }
        }
        for (int count : perSlot) {
            if (count > problem.tablesPerSlot()) {
                return false;
            }
        }
        if (problem.fairness() >= 0) {
            int least = Integer.MAX_VALUE;
            int most = 0;
            List<List<Integer>> byParticipant = problem.meetingsByParticipant();
            for (List<Integer> mine : byParticipant) {
                if (mine.isEmpty()) {
                    continue;
                }
                int b = participantBreaks(problem, mine, slots);
                least = Math.min(least, b);
                most = Math.max(most, b);
            }
            return least == Integer.MAX_VALUE || most - least <= problem.fairness();
        }
        return true;
    }

    private static int breaks(ScheduleProblem problem, int[] slots) {
        int total = 0;
        for (List<Integer> mine : problem.meetingsByParticipant()) {
            total += participantBreaks(problem, mine, slots);
        }
        return total;
    }

    private static int participantBreaks(ScheduleProblem problem, List<Integer> mine, int[] slots) {
        boolean[] busy = new boolean[problem.slots()];
        for (int m : mine) {
            busy[slots[m]] = true;
        }
        int gaps = 0;
        boolean seen = false;
        boolean idle = false;
        for (boolean b : busy) {
            if (b) {
                if (seen && idle) {
                    gaps++;
                }
                seen = true;
                idle = false;
            } else {
                idle = true;
            }
        }
        return gaps;
    }
}
