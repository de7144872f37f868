package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One entry into one state: runs the state's step, and on failure applies its Retry (counting
 * attempts per retrier, with backoff on the workflow clock) and then its Catch.
 */
final class StateVisit {

  private final Run run;
  private final State state;
  private final JsonNode rawInput;
  private final Instant enteredTime;
  private final List<Retrier> retriers;
  private final List<Catcher> catchers;
  private final int[] retriesPerRetrier;
  private int retryCount;
  private Runnable attempt;

  StateVisit(Run run, State state, JsonNode rawInput, Instant enteredTime) {
    this.run = run;
    this.state = state;
    this.rawInput = rawInput;
    this.enteredTime = enteredTime;
    this.retriers = state instanceof TaskState t ? t.retriers()
        : state instanceof ParallelState p ? p.retriers() : state instanceof MapState m ? m.retriers() : List.of();
    this.catchers = state instanceof TaskState t ? t.catchers()
        : state instanceof ParallelState p ? p.catchers() : state instanceof MapState m ? m.catchers() : List.of();
    this.retriesPerRetrier = new int[retriers.size()];
  }

  void begin() {
    guarded(() -> StateSteps.run(this));
  }

  /** Runs {@code body} now, and again on each retry. */
  void attempt(Runnable body) {
    attempt = body;
    guarded(body);
  }

  /** Runs {@code body}, turning a {@link StatesFailure} into this state's failure. */
  void guarded(Runnable body) {
    try {
      body.run();
    } catch (StatesFailure failure) {
      fail(failure.statesError());
    }
  }

  JsonNode context(String taskToken) {
    return ContextObject.of(run.execution(), state.name(), enteredTime, retryCount, taskToken);
  }

  void succeed(JsonNode output, Transition transition) {
    run.execution().record(HistoryEventType.exited(state.type()), state.name(), Json.object().set("output", output));
    if (transition.end()) {
      run.finish(new Outcome.Success(output));
    } else {
      run.transition(transition.next(), output);
    }
  }

  void fail(StatesError error) {
    if (!run.isActive()) {
      return;
    }
    for (int i = 0; i < retriers.size(); i++) {
      Retrier retrier = retriers.get(i);
      if (retrier.errorEquals().stream().anyMatch(error::matches)) {
        if (retriesPerRetrier[i] < retrier.maxAttempts()) {
          retry(retrier, ++retriesPerRetrier[i]);
          return;
        }
        break;
      }
    }
    for (Catcher catcher : catchers) {
      if (catcher.errorEquals().stream().anyMatch(error::matches)) {
        try {
          run.transition(catcher.next(), DataFlowProcessor.placeResult(catcher.resultPath(), rawInput,
              Json.errorOutput(error.error(), error.cause())));
        } catch (StatesFailure failure) {
          run.finish(new Outcome.Failure(failure.statesError()));
        }
        return;
      }
    }
    run.finish(new Outcome.Failure(error));
  }

  private void retry(Retrier retrier, int retry) {
    retryCount++;
    double seconds = retrier.delaySeconds(retry);
    if (retrier.fullJitter()) {
      seconds = ThreadLocalRandom.current().nextDouble(0, seconds);
    }
    Instant due = run.clock().now().plus(Duration.ofMillis(Math.round(seconds * 1000)));
    run.schedule(due, () -> guarded(attempt));
  }

  int retryCount() {
    return retryCount;
  }

  Run run() {
    return run;
  }

  State state() {
    return state;
  }

  JsonNode rawInput() {
    return rawInput;
  }
}
