package org.ketnoi.scheduling.plan;

/** Told of each better plan while a planner runs; asked whether to stop and return the best so far. */
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
