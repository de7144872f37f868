package com.penultimate.sysops.local.schedule;

import com.penultimate.sysops.local.asl.WorkflowClock;
import com.penultimate.sysops.local.services.AsyncLambdaInvoker;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The template's schedules on a clock: each enabled one invokes its function asynchronously (as EventBridge does)
 * every time its expression falls due on the clock; any one can also be fired now, enabled or not. A scaled
 * clock makes a daily schedule come round faster; a manual one lets tests move time by hand.
 */
public final class LocalSchedules implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalSchedules.class);

    private final List<ScheduleSpec> schedules;
    private final AsyncLambdaInvoker invoker;
    private final WorkflowClock clock;
    private final ScheduledEventJson events = new ScheduledEventJson();
    private final Map<String, WorkflowClock.ScheduledTimer> timers = new HashMap<>();
    private final Map<String, Instant> nextFires = new HashMap<>();
    private boolean running;

    public LocalSchedules(List<ScheduleSpec> schedules, AsyncLambdaInvoker invoker, WorkflowClock clock) {
        this.schedules = List.copyOf(schedules);
        this.invoker = invoker;
        this.clock = clock;
    }

    /** Sets every enabled schedule going from the clock's present time. */
    public synchronized void start() {
        running = true;
        Instant now = clock.now();
        schedules.stream().filter(ScheduleSpec::enabled).forEach(s -> arm(s, now));
    }

    public List<ScheduleSpec> schedules() {
        return schedules;
    }

    /** When the schedule named {@code name} fires next; empty if it is disabled, stopped or finished. */
    public synchronized Optional<Instant> nextFire(String name) {
        return Optional.ofNullable(nextFires.get(find(name).name()));
    }

    /** Invokes the schedule's function now with the event it would get; returns that event. */
    public String fireNow(String name) {
        ScheduleSpec schedule = find(name);
        return fire(schedule, clock.now());
    }

    /** Calls off every pending fire; invocations already handed over carry on. */
    @Override
    public synchronized void close() {
        running = false;
        timers.values().forEach(WorkflowClock.ScheduledTimer::cancel);
        timers.clear();
        nextFires.clear();
    }

    private synchronized void arm(ScheduleSpec schedule, Instant after) {
        Optional<Instant> next = schedule.expression().nextAfter(after);
        if (!running || next.isEmpty()) {
            nextFires.remove(schedule.name());
            return;
        }
        Instant due = next.get();
        nextFires.put(schedule.name(), due);
        timers.put(schedule.name(), clock.schedule(due, () -> {
            fire(schedule, due);
            arm(schedule, due.isBefore(clock.now()) && !(schedule.expression() instanceof ScheduleExpression.Rate)
                    ? clock.now() : due);
        }));
    }

    private String fire(ScheduleSpec schedule, Instant time) {
        String event = events.event(schedule, time);
        try {
            invoker.submit(schedule.functionLogicalId(), event);
            LOG.info("schedule {} ({}) → {}", schedule.name(), schedule.expressionText(), schedule.functionLogicalId());
        } catch (RejectedExecutionException e) {
            LOG.warn("schedule {} fired while invocations are shutting down; skipped", schedule.name());
        }
        return event;
    }

    private ScheduleSpec find(String name) {
        return schedules.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no schedule named " + name));
    }
}
