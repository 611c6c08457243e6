package org.ketnoi.scheduling;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ketnoi.account.AccountUser;
import org.ketnoi.audit.AuditLog;
import org.ketnoi.event.EventId;
import org.ketnoi.scheduling.plan.EventPlanner;
import org.ketnoi.scheduling.plan.PlanProgress;
import org.ketnoi.scheduling.plan.PlanResult;
import org.ketnoi.scheduling.plan.PlanStatus;
import org.ketnoi.shared.ConflictException;
import org.ketnoi.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solve runs of an event's schedule. A run takes a snapshot of the event (participants, accepted
 * requests, rooms, interpreters, pins, the published version), plans it on the application's task
 * executor within {@code ketnoi.scheduling.time-limit} and writes the plan as the new draft. Organisers
 * follow its progress and may stop it: the planner then returns its best schedule so far, which is
 * written as the draft all the same. One run per event at a time.
 */
@Service
public class ScheduleRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRuns.class);

    private final PlanningInputs inputs;
    private final ScheduleRepository schedules;
    private final DraftWriter writer;
    private final EventPlanner planner;
    private final SchedulingProperties properties;
    private final AuditLog audit;
    private final TaskExecutor executor;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<Long, AtomicBoolean> running = new ConcurrentHashMap<>();

    ScheduleRuns(
            PlanningInputs inputs,
            ScheduleRepository schedules,
            DraftWriter writer,
            EventPlanner planner,
            SchedulingProperties properties,
            AuditLog audit,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.inputs = inputs;
        this.schedules = schedules;
        this.writer = writer;
        this.planner = planner;
        this.properties = properties;
        this.audit = audit;
        this.executor = executor;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Starts a run in the background and returns it, RUNNING.
     *
     * @throws NotFoundException unless the user organises the event
     * @throws ConflictException while another run of the event is going
     */
    public ScheduleRun start(EventId event, AccountUser organiser) {
        AtomicBoolean stop = new AtomicBoolean();
        if (running.putIfAbsent(event.value(), stop) != null) {
            inputs.organised(event, organiser);
            throw new ConflictException("scheduling.error.running");
        }
        try {
            Planning planning = transactions.execute(status -> inputs.build(event, organiser));
            if (schedules.latestRun(event).filter(ScheduleRun::running).isPresent()) {
                // Another process's run, or one a stopped process left behind until its restart.
                throw new ConflictException("scheduling.error.running");
            }
            long run = transactions.execute(status -> begin(planning, organiser));
            try {
                executor.execute(() -> solve(planning, run, organiser, stop));
            } catch (RuntimeException rejected) {
                transactions.executeWithoutResult(status -> schedules.failRun(run, "rejected", clock.instant()));
                throw rejected;
            }
            return run(event, run, organiser);
        } catch (RuntimeException e) {
            running.remove(event.value());
            throw e;
        }
    }

    /**
     * Plans and writes the draft in the caller's thread and transaction (the demo data uses it).
     *
     * @return the run, FINISHED
     */
    @Transactional
    public ScheduleRun runNow(EventId event, AccountUser organiser) {
        return runNow(event, organiser, properties.timeLimit());
    }

    /** As {@link #runNow(EventId, AccountUser)}, within the given time instead of the configured one. */
    @Transactional
    public ScheduleRun runNow(EventId event, AccountUser organiser, java.time.Duration timeLimit) {
        Planning planning = inputs.build(event, organiser);
        long run = begin(planning, organiser);
        PlanResult result = planner.plan(planning.problem(), timeLimit, PlanProgress.NONE);
        finish(planning, run, result, organiser, false);
        return run(event, run, organiser);
    }

    /** @throws NotFoundException unless the user organises the event and the run is one of its */
    @Transactional(readOnly = true)
    public ScheduleRun run(EventId event, long run, AccountUser organiser) {
        inputs.organised(event, organiser);
        return schedules.run(event, run).orElseThrow(() -> new NotFoundException("scheduling.error.run-not-found"));
    }

    /** The event's newest run, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<ScheduleRun> latest(EventId event, AccountUser organiser) {
        inputs.organised(event, organiser);
        return schedules.latestRun(event);
    }

    /**
     * Asks a running run to stop; it keeps the best schedule found so far.
     *
     * @throws ConflictException when the run is not running any more
     */
    @Transactional
    public void stop(EventId event, long run, AccountUser organiser) {
        run(event, run, organiser);
        if (!schedules.requestStop(event, run)) {
            throw new ConflictException("scheduling.error.not-running");
        }
        AtomicBoolean flag = running.get(event.value());
        if (flag != null) {
            flag.set(true);
        }
        audit.record("scheduling.run.stop-requested", organiser.id().value(), event.value(), Map.of("runId", run));
    }

    /** Runs that were going when the process stopped never finish: they are marked failed at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        transactions.executeWithoutResult(status -> schedules.failInterrupted(clock.instant()));
    }

    private long begin(Planning planning, AccountUser organiser) {
        EventId event = planning.event().id();
        long run = schedules.insertRun(
                event,
                organiser.id().value(),
                clock.instant(),
                planning.requests().size());
        audit.record(
                "scheduling.run.started",
                organiser.id().value(),
                event.value(),
                Map.of("runId", run, "requested", planning.requests().size()));
        return run;
    }

    private void solve(Planning planning, long run, AccountUser organiser, AtomicBoolean stop) {
        EventId event = planning.event().id();
        try {
            PlanProgress progress = new PlanProgress() {
                @Override
                public void improved(long weight, long weightBound, int gaps) {
                    transactions.executeWithoutResult(status -> schedules.progress(run, weight, weightBound, gaps));
                }

                @Override
                public boolean stopRequested() {
                    return stop.get();
                }
            };
            PlanResult result = planner.plan(planning.problem(), properties.timeLimit(), progress);
            transactions.executeWithoutResult(status -> finish(planning, run, result, organiser, stop.get()));
        } catch (RuntimeException e) {
            log.error("Schedule run {} of event {} failed", run, event.value(), e);
            transactions.executeWithoutResult(status -> {
                schedules.failRun(run, "error", clock.instant());
                audit.record("scheduling.run.failed", null, event.value(), Map.of("runId", run));
            });
        } finally {
            running.remove(event.value());
        }
    }

    private void finish(Planning planning, long run, PlanResult result, AccountUser organiser, boolean stopped) {
        int version = writer.write(planning, result, run, organiser.id().value());
        String status = stopped || result.status() == PlanStatus.STOPPED ? ScheduleRun.STOPPED : ScheduleRun.FINISHED;
        schedules.finishRun(
                run,
                status,
                result.placements().size(),
                result.weight(),
                result.weightBound(),
                result.gaps(),
                result.moved(),
                result.status().name(),
                version,
                null,
                clock.instant());
        audit.record(
                "scheduling.run.finished",
                organiser.id().value(),
                planning.event().id().value(),
                Map.of(
                        "runId", run,
                        "status", status,
                        "scheduled", result.placements().size(),
                        "unscheduled", result.unplaced().size(),
                        "version", version));
    }
}
