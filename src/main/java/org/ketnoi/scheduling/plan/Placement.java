package org.ketnoi.scheduling.plan;

/** Meeting {@code meeting} (index) takes slot {@code slot}, with interpreter {@code interpreter} or -1. */
public record Placement(int meeting, int slot, int interpreter) {

    public static final int NO_INTERPRETER = -1;
}
