package org.ketnoi.scheduling.plan;

/**
 * Told of each better plan while a planner runs; asked whether to stop and return the best so far.
 * {@link OptimisingPlanner} asks {@link #stopRequested()} from a watcher thread every 50 ms, so an
 * implementation must be safe to call from another thread than the planner's.
 */
public interface PlanProgress {

    PlanProgress NONE = new PlanProgress() {
        @Override
        public void improved(long weight, long weightBound, int gaps) {}

        @Override
        public boolean stopRequested() {
            return false;
        }
    };

    void improved(long weight, long weightBound, int gaps);

    boolean stopRequested();
}
