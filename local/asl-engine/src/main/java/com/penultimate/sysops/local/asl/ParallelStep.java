package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs a Parallel state: every branch on the same input; the result is the array of outputs. */
final class ParallelStep {

  private ParallelStep() {}

  static void run(StateVisit visit, ParallelState state) {
    visit.attempt(() -> attempt(visit, state));
  }

  private static void attempt(StateVisit visit, ParallelState state) {
    JsonNode context = visit.context(null);
    JsonNode effective = DataFlowProcessor.effectiveInput(state.dataFlow(), visit.rawInput());
    JsonNode input = DataFlowProcessor.parameters(state.dataFlow(), effective, context);
    visit.run().execution().record(HistoryEventType.PARALLEL_STATE_STARTED, state.name(), Json.object());
    new BranchJoin(visit, state.branches().size(), state.branches()::get, index -> input, false)
        .start(0, results -> visit.succeed(
            DataFlowProcessor.output(state.dataFlow(), visit.rawInput(), results, context), state.transition()));
  }
}
