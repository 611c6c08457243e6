package org.ketnoi.scheduling.plan;

import java.util.Arrays;

/**
 * Tables at one connection point: {@code capacity[s]} meetings can take place there in slot {@code s}.
 * {@code id} is the caller's identifier (the connection point).
 */
public record PlanPool(long id, int[] capacity) {

    public PlanPool {
        capacity = capacity.clone();
    }

    @Override
    public int[] capacity() {
        return capacity.clone();
    }

    int capacityIn(int slot) {
        return slot < capacity.length ? capacity[slot] : 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanPool pool && pool.id == id && Arrays.equals(pool.capacity, capacity);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + Arrays.hashCode(capacity);
    }

    @Override
    public String toString() {
        return "PlanPool[id=" + id + ", capacity=" + Arrays.toString(capacity) + "]";
    }
}
