package com.penultimate.sysops.local.asl;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Configures a {@link WorkflowEngine}; only the task invoker is required. */
public final class WorkflowEngineBuilder {

  private static final int DEFAULT_THREADS = 4;

  private WorkflowClock clock;
  private TaskInvoker invoker;
  private TaskErrorMapper errorMapper = TaskErrorMapper.lambdaStyle();
  private Executor executor;
  private int threads = DEFAULT_THREADS;
  private ExecutionListener listener = (executionArn, event) -> { };
  private ExecutionStore store = ExecutionStore.NONE;
  private String region = "us-east-1";
  private String accountId = "123456789012";

  WorkflowEngineBuilder() {}

  /** Runs every Task state; see {@link RoutingTaskInvoker} for resource-to-handler routing. */
  public WorkflowEngineBuilder withTaskInvoker(TaskInvoker taskInvoker) {
    this.invoker = taskInvoker;
    return this;
  }

  /** The clock for timestamps, Waits, retries and timeouts; real time if not set. */
  public WorkflowEngineBuilder withClock(WorkflowClock workflowClock) {
    this.clock = workflowClock;
    return this;
  }

  /** Names the errors of invokers that throw something other than {@link TaskFailedException}. */
  public WorkflowEngineBuilder withErrorMapper(TaskErrorMapper mapper) {
    this.errorMapper = mapper;
    return this;
  }

  /**
   * Runs steps and invocations on the caller's executor (which the engine will not shut down),
   * e.g. {@code Runnable::run} in tests, to run everything on the calling thread.
   */
  public WorkflowEngineBuilder withExecutor(Executor callerExecutor) {
    this.executor = callerExecutor;
    return this;
  }

  /** The size of the engine's own thread pool when no executor is given; 4 by default. */
  public WorkflowEngineBuilder withThreads(int poolSize) {
    this.threads = poolSize;
    return this;
  }

  public WorkflowEngineBuilder withListener(ExecutionListener executionListener) {
    this.listener = executionListener;
    return this;
  }

  /** Keeps running executions' checkpoints there, for {@link WorkflowEngine#resume()}; none by default. */
  public WorkflowEngineBuilder withExecutionStore(ExecutionStore executionStore) {
    this.store = executionStore;
    return this;
  }

  /** The region and account that appear in ARNs; us-east-1 and 123456789012 by default. */
  public WorkflowEngineBuilder withRegionAndAccount(String arnRegion, String arnAccountId) {
    this.region = arnRegion;
    this.accountId = arnAccountId;
    return this;
  }

  public WorkflowEngine build() {
    Objects.requireNonNull(invoker, "a TaskInvoker is required");
    ExecutorService owned = executor == null ? Executors.newFixedThreadPool(threads, daemonThreads()) : null;
    EngineServices services = new EngineServices(
        clock == null ? ScaledWorkflowClock.realTime() : clock, invoker, errorMapper,
        owned == null ? executor : owned, new TaskTokenRegistry(), new EngineActivity(), listener, store, region, accountId);
    return new WorkflowEngine(services, owned);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "workflow-engine-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
