package org.ketnoi.scheduling.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Local search on the weight, fast enough for tens of thousands of meetings: a left-out meeting goes
 * into a slot by taking out what stands in its way there (its sides' meetings in that slot, a meeting of
 * its room when the room is full, a meeting of a side that reached its cap), then each taken-out meeting
 * is put into another slot where it fits. The move is kept only when the weight placed rises, so the
 * search ends. Pinned meetings are never taken out.
 */
final class EjectionSearch {

    private final PlanAssignment assignment;
    private final PlanProblem problem;
    private final List<List<Integer>> meetingsOf;

    EjectionSearch(PlanAssignment assignment) {
        this.assignment = assignment;
        this.problem = assignment.problem();
        this.meetingsOf = problem.meetingsByParticipant();
    }

    /** Improves until a pass over the left-out meetings changes nothing or the deadline; returns the gain. */
    long run(long deadlineNanos) {
        long gained = 0;
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos) {
            improved = false;
            List<Integer> left = IntStream.range(0, problem.meetings().size())
                    .filter(m ->
                            assignment.slotOf(m) < 0 && !assignment.domain(m).isEmpty())
                    .boxed()
                    .sorted(Comparator.comparingInt(
                            m -> -problem.meetings().get(m).weight()))
                    .toList();
            for (int m : left) {
                if (System.nanoTime() >= deadlineNanos) {
                    break;
                }
                long gain = insert(m);
                if (gain > 0) {
                    gained += gain;
                    improved = true;
                }
            }
        }
        return gained;
    }

    private long insert(int m) {
        if (assignment.slotOf(m) >= 0) {
            return 0;
        }
        BitSet domain = assignment.domain(m);
        for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
            long gain = tryIn(m, s);
            if (gain > 0) {
                return gain;
            }
        }
        return 0;
    }

    private long tryIn(int m, int s) {
        PlanMeeting meeting = problem.meetings().get(m);
        List<Integer> out = new ArrayList<>();
        if (!blockers(meeting, s, out)) {
            return 0;
        }
        long lost = 0;
        for (int e : out) {
            lost += problem.meetings().get(e).weight();
        }
        int[] slots = new int[out.size()];
        int[] interpreters = new int[out.size()];
        for (int j = 0; j < out.size(); j++) {
            slots[j] = assignment.slotOf(out.get(j));
            interpreters[j] = assignment.interpreterOf(out.get(j));
            assignment.remove(out.get(j));
        }
        if (!assignment.fits(m, s)) {
            undo(m, out, slots, interpreters, List.of());
            return 0;
        }
        assignment.place(m, s, assignment.freeInterpreter(m, s));
        long gain = meeting.weight() - lost;
        List<Integer> back = new ArrayList<>();
        for (int e : out) {
            int slot = freeSlot(e);
            if (slot >= 0) {
                assignment.place(e, slot, assignment.freeInterpreter(e, slot));
                back.add(e);
                gain += problem.meetings().get(e).weight();
            }
        }
        if (gain <= 0) {
            undo(m, out, slots, interpreters, back);
            return 0;
        }
        return gain;
    }

    /** What must leave for meeting m to take slot s; false when something pinned stands in the way. */
    private boolean blockers(PlanMeeting meeting, int s, List<Integer> out) {
        for (int side : new int[] {meeting.first(), meeting.second()}) {
            int there = assignment.occupant(side, s);
            if (there >= 0 && !out.contains(there)) {
                out.add(there);
            }
        }
        if (assignment.roomLeft(meeting, s) <= 0 && out.stream().noneMatch(e -> sameRoom(e, meeting))) {
            int lightest = lightest(assignment.roomMembers(meeting, s), out);
            if (lightest < 0) {
                return false;
            }
            out.add(lightest);
        }
        for (int side : new int[] {meeting.first(), meeting.second()}) {
            long freed = out.stream()
                    .filter(e -> problem.meetings().get(e).involves(side))
                    .count();
            if (assignment.count(side) - freed
                    >= problem.participants().get(side).maxMeetings()) {
                int lightest = lightest(
                        meetingsOf.get(side).stream()
                                .filter(e -> assignment.slotOf(e) >= 0)
                                .mapToInt(Integer::intValue)
                                .toArray(),
                        out);
                if (lightest < 0) {
                    return false;
                }
                out.add(lightest);
            }
        }
        for (int e : out) {
            if (problem.meetings().get(e).pinnedSlot() != PlanMeeting.NONE) {
                return false;
            }
        }
        return true;
    }

    private boolean sameRoom(int e, PlanMeeting meeting) {
        return problem.meetings().get(e).pool() == meeting.pool();
    }

    private int lightest(int[] candidates, List<Integer> out) {
        int lightest = -1;
        for (int e : candidates) {
            if (out.contains(e) || problem.meetings().get(e).pinnedSlot() != PlanMeeting.NONE) {
                continue;
            }
            if (lightest < 0
                    || problem.meetings().get(e).weight()
                            < problem.meetings().get(lightest).weight()) {
                lightest = e;
            }
        }
        return lightest;
    }

    private int freeSlot(int e) {
        PlanMeeting meeting = problem.meetings().get(e);
        if (meeting.previousSlot() != PlanMeeting.NONE && assignment.fits(e, meeting.previousSlot())) {
            return meeting.previousSlot();
        }
        BitSet domain = assignment.domain(e);
        for (int s = domain.nextSetBit(0); s >= 0; s = domain.nextSetBit(s + 1)) {
            if (assignment.fits(e, s)) {
                return s;
            }
        }
        return -1;
    }

    private void undo(int m, List<Integer> out, int[] slots, int[] interpreters, List<Integer> back) {
        assignment.remove(m);
        for (int e : back) {
            assignment.remove(e);
        }
        for (int j = 0; j < out.size(); j++) {
            assignment.place(out.get(j), slots[j], interpreters[j]);
        }
    }
}
