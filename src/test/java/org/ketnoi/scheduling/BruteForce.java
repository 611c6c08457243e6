package org.ketnoi.scheduling;

import java.util.List;

/** Tries every assignment of a tiny problem: the reference the solver's optimum is tested against. */
final class BruteForce {

    private BruteForce() {}

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
