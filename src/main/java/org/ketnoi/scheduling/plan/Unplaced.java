package org.ketnoi.scheduling.plan;

/** A meeting (index) the plan leaves out, and why. */
public record Unplaced(int meeting, UnplacedReason reason) {}
