package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs the child state graphs of a Parallel or Map state, at most {@code maxConcurrency} at a
 * time (0: all at once), and joins their outputs in order. The first failure cancels the rest
 * and becomes the state's failure.
 */
final class BranchJoin {

  private final StateVisit visit;
  private final IntFunction<StateMachineDefinition> graphs;
  private final IntFunction<JsonNode> inputs;
  private final boolean mapIterations;
  private final JsonNode[] results;
  private final List<Run> runs = new ArrayList<>();
  private int launched;
  private int completed;
  private boolean done;

  BranchJoin(StateVisit visit, int count, IntFunction<StateMachineDefinition> graphs, IntFunction<JsonNode> inputs,
      boolean mapIterations) {
    this.visit = visit;
    this.graphs = graphs;
    this.inputs = inputs;
    this.mapIterations = mapIterations;
    this.results = new JsonNode[count];
  }

  void start(int maxConcurrency, Consumer<ArrayNode> onAllSucceeded) {
    if (results.length == 0) {
      onAllSucceeded.accept(Json.MAPPER.createArrayNode());
      return;
    }
    int initial = maxConcurrency == 0 ? results.length : Math.min(maxConcurrency, results.length);
    for (int i = 0; i < initial; i++) {
      launchNext(onAllSucceeded);
    }
  }

  private void launchNext(Consumer<ArrayNode> onAllSucceeded) {
    int index = launched++;
    Run child = visit.run().child(graphs.apply(index), outcome -> finished(index, outcome, onAllSucceeded));
    runs.add(child);
    if (mapIterations) {
      record(HistoryEventType.MAP_ITERATION_STARTED, index);
    }
    visit.run().execution().mailbox().submit(() -> child.start(inputs.apply(index)));
  }

  private void finished(int index, Outcome outcome, Consumer<ArrayNode> onAllSucceeded) {
    if (done) {
      return;
    }
    if (outcome instanceof Outcome.Failure failure) {
      done = true;
      if (mapIterations) {
        record(HistoryEventType.MAP_ITERATION_FAILED, index);
      }
      runs.forEach(Run::cancel);
      visit.fail(failure.error());
      return;
    }
    if (mapIterations) {
      record(HistoryEventType.MAP_ITERATION_SUCCEEDED, index);
    }
    results[index] = ((Outcome.Success) outcome).output();
    completed++;
    if (completed == results.length) {
      done = true;
      ArrayNode joined = Json.MAPPER.createArrayNode();
      for (JsonNode result : results) {
        joined.add(result);
      }
      visit.guarded(() -> onAllSucceeded.accept(joined));
    } else if (launched < results.length) {
      launchNext(onAllSucceeded);
    }
  }

  private void record(HistoryEventType type, int index) {
    visit.run().execution().record(type, visit.state().name(), Json.object().put("index", index));
  }
}
