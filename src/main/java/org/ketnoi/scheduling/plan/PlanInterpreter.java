package org.ketnoi.scheduling.plan;

import java.util.BitSet;

/** An interpreter and the slots they can work in; {@code id} is the caller's identifier. */
public record PlanInterpreter(long id, BitSet available) {

    public PlanInterpreter {
        available = (BitSet) available.clone();
    }

    @Override
    public BitSet available() {
        return (BitSet) available.clone();
    }

    boolean availableIn(int slot) {
        return available.get(slot);
    }
}
