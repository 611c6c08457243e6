package org.ketnoi.scheduling.b2b;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Re-checks a schedule against the benchmark's rules straight from the instance, sharing no code with
 * the solver: every meeting in a slot of its session, not forbidden to either participant, in its
 * fixed slot, after its predecessors; nobody twice in a slot; at most {@code tables} meetings a slot;
 * fairness over participants with meetings; and the total breaks recomputed from the busy slots.
 */
public final class B2bChecker {

    /** The verdict: violated rules in words (empty when valid) and the breaks of the schedule. */
    public record Verdict(List<String> violations, int breaks) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private B2bChecker() {}

    /** {@code slots[m]} is meeting m's slot, 1-based. */
    public static Verdict check(B2bInstance instance, int[] slots, int fairness) {
        List<String> violations = new ArrayList<>();
        if (slots.length != instance.meetings()) {
            return new Verdict(List.of("expected " + instance.meetings() + " slots, got " + slots.length), 0);
        }
        List<TreeSet<Integer>> busy = new ArrayList<>();
        for (int p = 0; p <= instance.participants(); p++) {
            busy.add(new TreeSet<>());
        }
        int[] perSlot = new int[instance.slots() + 1];
        for (int m = 0; m < slots.length; m++) {
            int slot = slots[m];
            int[] request = instance.requested().get(m);
            String name = "meeting " + (m + 1);
            if (slot < 1 || slot > instance.slots()) {
                violations.add(name + " has no slot");
                continue;
            }
            perSlot[slot]++;
            if (!instance.inSession(m, slot)) {
                violations.add(name + " outside its session");
            }
            if (instance.fixed()[m] != 0 && instance.fixed()[m] != slot) {
                violations.add(name + " not in its fixed slot");
            }
            for (int before : instance.precedences().get(m)) {
                if (slots[before - 1] >= slot) {
                    violations.add(name + " not after meeting " + before);
                }
            }
            for (int p : new int[] {request[0], request[1]}) {
                if (instance.forbidden().get(p - 1).contains(slot)) {
                    violations.add(name + " in a forbidden slot of participant " + p);
                }
                if (!busy.get(p).add(slot)) {
                    violations.add("participant " + p + " twice in slot " + slot);
                }
            }
        }
        for (int s = 1; s <= instance.slots(); s++) {
            if (perSlot[s] > instance.tables()) {
                violations.add("slot " + s + " holds " + perSlot[s] + " meetings");
            }
        }
        int total = 0;
        int least = Integer.MAX_VALUE;
        int most = 0;
        for (int p = 1; p <= instance.participants(); p++) {
            TreeSet<Integer> mine = busy.get(p);
            if (mine.isEmpty()) {
                continue;
            }
            int gaps = 0;
            Integer previous = null;
            for (int slot : mine) {
                if (previous != null && slot > previous + 1) {
                    gaps++;
                }
                previous = slot;
            }
            total += gaps;
            least = Math.min(least, gaps);
            most = Math.max(most, gaps);
        }
        if (fairness >= 0 && least != Integer.MAX_VALUE && most - least > fairness) {
            violations.add("unfair: breaks range from " + least + " to " + most);
        }
        return new Verdict(violations, total);
    }
}
