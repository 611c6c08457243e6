package org.ketnoi.scheduling.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks a plan against the rules of {@link PlanProblem} independently of any planner, and recomputes
 * its weight, idle gaps and moved meetings from the placements alone.
 */
public final class PlanChecker {

    /** What the check found: broken rules as sentences (empty when valid) and the recomputed figures. */
    public record Report(List<String> violations, long weight, int gaps, int moved) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private PlanChecker() {}

    public static Report check(PlanProblem problem, List<Placement> placements) {
        List<String> violations = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        Map<String, Integer> used = new HashMap<>();
        int[] meetingsOf = new int[problem.participants().size()];
        long weight = 0;
        int moved = 0;
        for (Placement p : placements) {
            PlanMeeting m = problem.meetings().get(p.meeting());
            if (!placed.add(p.meeting())) {
                violations.add("Meeting placed twice: " + m.id());
            }
            if (p.slot() < 0 || p.slot() >= problem.slots().size()) {
                violations.add("Meeting in a slot that does not exist: " + m.id());
                continue;
            }
            if (!problem.domain(p.meeting()).get(p.slot())) {
                violations.add("Meeting outside its possible slots: " + m.id());
            }
            for (int side : new int[] {m.first(), m.second()}) {
                if (count(used, "participant " + side + "@" + p.slot()) > 1) {
                    violations.add("Participant in two meetings at once: "
                            + problem.participants().get(side).id());
                }
                meetingsOf[side]++;
            }
            String room = m.online() ? "online" : "pool " + m.pool();
            int capacity = m.online()
                    ? problem.onlineRoomsPerSlot()
                    : problem.pools().get(m.pool()).capacityIn(p.slot());
            if (count(used, room + "@" + p.slot()) > capacity) {
                violations.add("More meetings than rooms in a slot: " + room + " slot " + p.slot());
            }
            checkInterpreter(problem, m, p, used, violations);
            weight += m.weight();
            if (m.previousSlot() != PlanMeeting.NONE && m.previousSlot() != p.slot()) {
                moved++;
            }
        }
        for (int i = 0; i < meetingsOf.length; i++) {
            if (meetingsOf[i] > problem.participants().get(i).maxMeetings()) {
                violations.add("Participant over its most meetings: "
                        + problem.participants().get(i).id());
            }
        }
        return new Report(violations, weight, gaps(problem, placements), moved);
    }

    private static void checkInterpreter(
            PlanProblem problem, PlanMeeting m, Placement p, Map<String, Integer> used, List<String> violations) {
        if (p.interpreter() == Placement.NO_INTERPRETER) {
            if (m.needsInterpreter()) {
                violations.add("Meeting without the interpreter it needs: " + m.id());
            }
            return;
        }
        if (!m.interpreters().contains(p.interpreter())) {
            violations.add("Interpreter who cannot interpret the meeting: " + m.id());
        } else if (!problem.interpreters().get(p.interpreter()).availableIn(p.slot())) {
            violations.add("Interpreter in a slot they are unavailable in: " + m.id());
        }
        if (count(used, "interpreter " + p.interpreter() + "@" + p.slot()) > 1) {
            violations.add("Interpreter in two meetings at once: "
                    + problem.interpreters().get(p.interpreter()).id());
        }
    }

    private static int count(Map<String, Integer> used, String key) {
        return used.merge(key, 1, Integer::sum);
    }

    /** Runs of idle slots between two meetings of one participant within one session, summed. */
    public static int gaps(PlanProblem problem, List<Placement> placements) {
        Map<Integer, TreeMap<Integer, Boolean>> slotsByParticipant = new HashMap<>();
        for (Placement p : placements) {
            PlanMeeting m = problem.meetings().get(p.meeting());
            slotsByParticipant.computeIfAbsent(m.first(), k -> new TreeMap<>()).put(p.slot(), true);
            slotsByParticipant.computeIfAbsent(m.second(), k -> new TreeMap<>()).put(p.slot(), true);
        }
        int gaps = 0;
        for (TreeMap<Integer, Boolean> slots : slotsByParticipant.values()) {
            Integer previous = null;
            for (int slot : slots.keySet()) {
                if (previous != null
                        && slot > previous + 1
                        && problem.slots().get(slot).session()
                                == problem.slots().get(previous).session()) {
                    gaps++;
                }
                previous = slot;
            }
        }
        return gaps;
    }
}
