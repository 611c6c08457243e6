package org.ketnoi.scheduling.plan;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The idle gaps of a window's participants as a linear expression: per participant and session, the
 * number of blocks of consecutive meetings (a block starts where the participant meets and did not in
 * the slot before) minus one when the session has any meeting. Fixed meetings are constants.
 */
final class WindowGaps {

    private final CpModel model;
    private final PlanAssignment assignment;
    private final PlanProblem problem;
    private final Map<Integer, List<Literal>> byParticipantSlot;
    private final LinearExprBuilder expression = LinearExpr.newBuilder();
    private long max;

    WindowGaps(
            CpModel model,
            PlanAssignment assignment,
            Map<Integer, BitSet> busyBefore,
            Map<Integer, List<Literal>> byParticipantSlot) {
        this.model = model;
        this.assignment = assignment;
        this.problem = assignment.problem();
        this.byParticipantSlot = byParticipantSlot;
        busyBefore.forEach(this::addParticipant);
    }

    LinearExprBuilder expression() {
        return expression;
    }

    /** The most gaps the window's participants can have. */
    long max() {
        return max;
    }

    private void addParticipant(int p, BitSet before) {
        int slots = problem.slots().size();
        int start = 0;
        while (start < slots) {
            int end = start;
            while (end + 1 < slots
                    && problem.slots().get(end + 1).session()
                            == problem.slots().get(start).session()) {
                end++;
            }
            addSession(p, before, start, end);
            start = end + 1;
        }
    }

    private void addSession(int p, BitSet before, int from, int to) {
        int slots = problem.slots().size();
        max += (to - from + 1) / 2;
        LinearExprBuilder anyBusy = LinearExpr.newBuilder();
        boolean anyFixed = false;
        boolean anyFree = false;
        boolean anyBefore = false;
        for (int s = from; s <= to; s++) {
            Busy here = busy(p, s, slots);
            anyFixed |= here.fixed;
            anyBefore |= before.get(s);
            if (here.free != null) {
                anyFree = true;
                anyBusy.add(here.free);
            }
            if (here.fixed || here.free != null) {
                addBlockStart(p, s, from, here, before, slots);
            }
        }
        if (anyFixed) {
            expression.add(-1);
        } else if (anyFree) {
            BoolVar any = model.newBoolVar("");
            model.addHint(any, anyBefore);
            model.addLessOrEqual(any, anyBusy);
            expression.addTerm(any, -1);
        }
    }

    private void addBlockStart(int p, int s, int from, Busy here, BitSet before, int slots) {
        Busy previous = s == from ? new Busy(false, null) : busy(p, s - 1, slots);
        if (previous.fixed) {
            return;
        }
        if (here.fixed && previous.free == null) {
            expression.add(1);
            return;
        }
        BoolVar blockStart = model.newBoolVar("");
        model.addHint(blockStart, before.get(s) && (s == from || !before.get(s - 1)));
        LinearExprBuilder covered = LinearExpr.newBuilder().add(blockStart);
        if (previous.free != null) {
            covered.add(previous.free);
        }
        LinearExprBuilder busyHere = LinearExpr.newBuilder();
        if (here.fixed) {
            busyHere.add(1);
        } else {
            busyHere.add(here.free);
        }
        model.addGreaterOrEqual(covered, busyHere);
        expression.add(blockStart);
    }

    private Busy busy(int p, int s, int slots) {
        List<Literal> literals = byParticipantSlot.get(p * slots + s);
        boolean fixed = isFixed(p, s);
        return new Busy(fixed, fixed || literals == null ? null : WindowModel.sum(literals));
    }

    private boolean isFixed(int p, int s) {
        return assignment.busy(p, s);
    }

    private record Busy(boolean fixed, LinearArgument free) {}
}
