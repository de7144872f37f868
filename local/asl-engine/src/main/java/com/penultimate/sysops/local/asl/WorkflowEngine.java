package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs Step Functions standard workflows in process. Executions advance in short steps on a
 * small executor; Waits, retries, timeouts and task-token waits are timers on the
 * {@link WorkflowClock}, so any number of executions can be waiting without holding a thread.
 * Executions live in memory, and with an {@link ExecutionStore} also as checkpoints that
 * {@link #resume()} carries on after a restart. Build one with {@link #builder()}.
 */
public final class WorkflowEngine implements AutoCloseable {

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final EngineServices services;
  private final ExecutorService ownedExecutor;
  private final ExecutionRegistry registry = new ExecutionRegistry();
  private volatile boolean accepting = true;

  WorkflowEngine(EngineServices services, ExecutorService ownedExecutor) {
    this.services = services;
    this.ownedExecutor = ownedExecutor;
  }

  public static WorkflowEngineBuilder builder() {
    return new WorkflowEngineBuilder();
  }

  /** Registers (or replaces, for new executions) a state machine; returns its ARN. */
  public String register(String name, StateMachineDefinition definition) {
    registry.register(name, definition);
    return services.arn("stateMachine", name);
  }

  /** Parses, validates and registers a definition; see {@link StateMachineDefinition#parse}. */
  public String register(String name, String definitionJson) {
    return register(name, StateMachineDefinition.parse(definitionJson));
  }

  /** StartExecution with JSON text input; a null name gets a random one. */
  public ExecutionDescription start(String stateMachine, String executionName, String inputJson) {
    JsonNode input;
    try {
      input = Json.parse(inputJson == null ? "{}" : inputJson);
    } catch (IllegalArgumentException e) {
      throw new EngineRequestException.InvalidJson("InvalidExecutionInput", e.getMessage());
    }
    return start(stateMachine, executionName, input);
  }

  /**
   * StartExecution. Idempotent as in AWS: the same name and input while that execution runs
   * returns it; a finished execution's name, or a different input, is ExecutionAlreadyExists.
   */
  public ExecutionDescription start(String stateMachine, String executionName, JsonNode input) {
    if (!accepting) {
      throw new EngineRequestException.ShuttingDown();
    }
    String machineName = registry.machineName(stateMachine);
    String name = executionName == null ? UUID.randomUUID().toString() : executionName;
    String arn = services.arn("execution", machineName + ":" + name);
    Execution[] created = new Execution[1];
    JsonNode ownInput = input.deepCopy();
    Execution execution = registry.startOrExisting(arn, ownInput, () -> created[0] =
        new Execution(name, machineName, registry.definition(machineName), ownInput, services));
    if (created[0] != null) {
      execution.start();
    }
    return execution.describe();
  }

  /**
   * Resumes every checkpointed execution of a registered state machine (register them first): each enters
   * again the top-level state it was in. Returns how many resumed.
   */
  public int resume() {
    int resumed = 0;
    for (ExecutionCheckpoint checkpoint : services.store().load()) {
      String arn = services.arn("execution", checkpoint.stateMachineName() + ":" + checkpoint.name());
      Execution[] created = new Execution[1];
      Execution execution = registry.startOrExisting(arn, checkpoint.input(), () -> created[0] = new Execution(
          checkpoint.name(), checkpoint.stateMachineName(), registry.definition(checkpoint.stateMachineName()),
          checkpoint.input(), checkpoint.startDate(), services));
      if (created[0] != null) {
        execution.resume(checkpoint.state(), checkpoint.stateInput());
        resumed++;
      }
    }
    return resumed;
  }

  /** DescribeExecution, by execution ARN or (when unambiguous) name. */
  public ExecutionDescription describe(String execution) {
    return registry.find(execution).describe();
  }

  /** GetExecutionHistory, by execution ARN or name. */
  public ExecutionHistory history(String execution) {
    return registry.find(execution).history();
  }

  public List<ExecutionDescription> listExecutions(String stateMachine) {
    return registry.executionsOf(registry.machineName(stateMachine)).stream().map(Execution::describe).toList();
  }

  /** Blocks until the execution ends or {@code timeout} passes; returns its description then. */
  public ExecutionDescription awaitCompletion(String execution, Duration timeout) throws InterruptedException {
    Execution found = registry.find(execution);
    try {
      return found.completion().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return found.describe();
    } catch (ExecutionException e) {
      throw new IllegalStateException("Execution completion failed", e.getCause());
    }
  }

  /** StopExecution: the execution becomes ABORTED; its waiting task and timers are called off. */
  public ExecutionDescription stop(String execution, String error, String cause) {
    Execution found = registry.find(execution);
    found.stop(error, cause);
    return found.describe();
  }

  /** SendTaskSuccess with JSON text output. */
  public void sendTaskSuccess(String taskToken, String outputJson) {
    JsonNode output;
    try {
      output = Json.parse(outputJson);
    } catch (IllegalArgumentException e) {
      throw new EngineRequestException.InvalidJson("InvalidOutput", e.getMessage());
    }
    sendTaskSuccess(taskToken, output);
  }

  /** SendTaskSuccess: the waiting task succeeds with {@code output} as its result. */
  public void sendTaskSuccess(String taskToken, JsonNode output) {
    settle(taskToken, new Outcome.Success(output.deepCopy()));
  }

  /** SendTaskFailure: the waiting task fails with {@code error} (empty if null) and cause. */
  public void sendTaskFailure(String taskToken, String error, String cause) {
    settle(taskToken, new Outcome.Failure(new StatesError(error == null ? "" : error, cause)));
  }

  /** SendTaskHeartbeat: restarts the waiting task's HeartbeatSeconds countdown. */
  public void sendTaskHeartbeat(String taskToken) {
    services.tokens().waitingTask(taskToken).heartbeat();
  }

  private void settle(String taskToken, Outcome outcome) {
    if (!services.tokens().waitingTask(taskToken).settle(outcome)) {
      throw new EngineRequestException.TaskTimedOut();
    }
  }

  /** Stops taking new executions; work in flight carries on (see {@link #awaitTermination}). */
  public void shutdown() {
    accepting = false;
  }

  /**
   * Waits for the work in flight (running steps and task invocations) to finish, then stops the
   * engine's threads. Executions parked on a Wait or a task token stay RUNNING and go no further.
   *
   * @return true if everything in flight finished within {@code timeout}
   */
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    boolean drained = services.activity().awaitIdle(timeout);
    services.activity().close();
    if (ownedExecutor != null) {
      ownedExecutor.shutdownNow();
    }
    return drained;
  }

  /** {@link #shutdown()} then {@link #awaitTermination} for up to 30 seconds. */
  @Override
  public void close() throws InterruptedException {
    shutdown();
    awaitTermination(CLOSE_TIMEOUT);
  }
}
