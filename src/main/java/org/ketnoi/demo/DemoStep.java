package org.ketnoi.demo;

/**
 * One part of the demo (events, companies, listings…), loaded in {@link #order()} after the demo
 * users exist, inside the same transaction. Each feature adds its own step instead of editing
 * {@link DemoData}.
 */
interface DemoStep {

    /** Lower runs first; steps that use another step's data run after it. */
    int order();

    void load();
}
