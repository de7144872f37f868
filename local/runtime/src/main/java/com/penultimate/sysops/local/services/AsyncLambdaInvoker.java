package com.penultimate.sysops.local.services;

import com.penultimate.sysops.local.asl.WorkflowClock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invokes functions asynchronously, as Lambda does for SNS and EventBridge: the caller does not wait; an
 * invocation that fails is tried again after each of the retry delays (Lambda's defaults: one minute, then two,
 * on the given clock, so a scaled clock shortens them), then handed to the function's dead-letter queue, if it has
 * one, and logged.
 */
public final class AsyncLambdaInvoker implements AutoCloseable {
    /** Lambda's own schedule for asynchronous retries: two more attempts. */
    public static final List<Duration> LAMBDA_RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2));
    private static final Logger LOG = LoggerFactory.getLogger(AsyncLambdaInvoker.class);

    private final LambdaInvoker invoker;
    private final WorkflowClock clock;
    private final ExecutorService executor;
    private final List<Duration> retryDelays;
    private final DeadLetterTarget deadLetters;
    private final Set<WorkflowClock.ScheduledTimer> retries = new HashSet<>();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean accepting = true;

    /**
     * Runs invocations on {@code executor} (closed with this), waits for retries on {@code clock}, and hands events
     * that failed every attempt to {@code deadLetters}.
     */
    public AsyncLambdaInvoker(LambdaInvoker invoker, WorkflowClock clock, ExecutorService executor,
                              List<Duration> retryDelays, DeadLetterTarget deadLetters) {
        this.invoker = invoker;
        this.clock = clock;
        this.executor = executor;
        this.retryDelays = List.copyOf(retryDelays);
        this.deadLetters = deadLetters;
    }

    /** As above, with no dead-letter queues. */
    public AsyncLambdaInvoker(LambdaInvoker invoker, WorkflowClock clock, ExecutorService executor,
                              List<Duration> retryDelays) {
        this(invoker, clock, executor, retryDelays, DeadLetterTarget.NONE);
    }

    /** Four invocation threads, Lambda's retry delays. */
    public static AsyncLambdaInvoker create(LambdaInvoker invoker, WorkflowClock clock, DeadLetterTarget deadLetters) {
        AtomicInteger count = new AtomicInteger();
        return new AsyncLambdaInvoker(invoker, clock, Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "lambda-async-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }), LAMBDA_RETRY_DELAYS, deadLetters);
    }

    /** Queues an invocation; refused once {@link #close} has begun. */
    public void submit(String functionLogicalId, String eventJson) {
        if (!accepting) {
            throw new RejectedExecutionException("asynchronous invocations are shutting down");
        }
        pending.incrementAndGet();
        run(functionLogicalId, eventJson, 0);
    }

    private void run(String function, String event, int attempt) {
        try {
            executor.execute(() -> attempt(function, event, attempt));
        } catch (RejectedExecutionException e) {
            LOG.error("{}: asynchronous invocation dropped at shutdown", function);
            done();
        }
    }

    private void attempt(String function, String event, int attempt) {
        try {
            invoker.invoke(function, event);
            done();
        } catch (Exception e) {
            if (attempt < retryDelays.size() && accepting) {
                LOG.warn("{}: asynchronous invocation failed (attempt {}); retrying in {}", function, attempt + 1,
                        retryDelays.get(attempt), e);
                scheduleRetry(function, event, attempt + 1, retryDelays.get(attempt));
            } else {
                giveUp(function, event, attempt + 1, e);
                done();
            }
        }
    }

    private void giveUp(String function, String event, int attempts, Exception error) {
        boolean kept;
        try {
            kept = deadLetters.accept(function, event, error);
        } catch (RuntimeException e) {
            LOG.error("{}: the failed event could not be sent to its dead-letter queue", function, e);
            kept = false;
        }
        LOG.error("{}: asynchronous invocation failed after {} attempts; the event {}", function, attempts,
                kept ? "went to its dead-letter queue" : "is dropped", error);
    }

    private void scheduleRetry(String function, String event, int attempt, Duration delay) {
        WorkflowClock.ScheduledTimer[] timer = new WorkflowClock.ScheduledTimer[1];
        synchronized (retries) {
            timer[0] = clock.schedule(clock.now().plus(delay), () -> {
                synchronized (retries) {
                    if (!retries.remove(timer[0])) {
                        return;
                    }
                }
                pending.incrementAndGet();
                run(function, event, attempt);
            });
            retries.add(timer[0]);
        }
        done();
    }

    private void done() {
        synchronized (pending) {
            pending.decrementAndGet();
            pending.notifyAll();
        }
    }

    /** Invocations queued or running. */
    public int pending() {
        return pending.get();
    }

    /** Failed invocations waiting for their retry. */
    public int waitingRetries() {
        synchronized (retries) {
            return retries.size();
        }
    }

    /**
     * Takes no more invocations, calls off retries still waiting, lets the invocations in hand finish (up to
     * {@code grace}), and stops the threads.
     *
     * @return true if nothing was left undone
     */
    public boolean close(Duration grace) throws InterruptedException {
        accepting = false;
        synchronized (retries) {
            if (!retries.isEmpty()) {
                LOG.warn("{} asynchronous retries called off at shutdown", retries.size());
            }
            retries.forEach(WorkflowClock.ScheduledTimer::cancel);
            retries.clear();
        }
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (pending) {
            while (pending.get() > 0 && System.nanoTime() < deadline) {
                pending.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            }
        }
        executor.shutdown();
        boolean finished = executor.awaitTermination(1, TimeUnit.SECONDS) && pending.get() == 0;
        if (!finished) {
            LOG.warn("{} asynchronous invocations still running at shutdown", pending.get());
        }
        return finished;
    }

    @Override
    public void close() throws InterruptedException {
        close(Duration.ofSeconds(10));
    }
}
