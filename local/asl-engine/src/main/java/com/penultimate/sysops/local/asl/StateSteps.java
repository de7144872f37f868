package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;

/** Runs a state by its type; the Pass, Wait, Choice, Succeed and Fail steps live here. */
final class StateSteps {

  private StateSteps() {}

  static void run(StateVisit visit) {
    State state = visit.state();
    if (state instanceof TaskState task) {
      TaskStep.run(visit, task);
    } else if (state instanceof PassState pass) {
      pass(visit, pass);
    } else if (state instanceof WaitState wait) {
      waitStep(visit, wait);
    } else if (state instanceof ChoiceState choice) {
      choice(visit, choice);
    } else if (state instanceof SucceedState succeed) {
      visit.succeed(DataFlowProcessor.passThrough(succeed.dataFlow(), visit.rawInput()), Transition.ending());
    } else if (state instanceof FailState fail) {
      fail(visit, fail);
    } else if (state instanceof ParallelState parallel) {
      ParallelStep.run(visit, parallel);
    } else {
      MapStep.run(visit, (MapState) state);
    }
  }

  private static void pass(StateVisit visit, PassState pass) {
    JsonNode context = visit.context(null);
    JsonNode effective = DataFlowProcessor.effectiveInput(pass.dataFlow(), visit.rawInput());
    JsonNode result = pass.result() != null ? pass.result()
        : DataFlowProcessor.parameters(pass.dataFlow(), effective, context);
    visit.succeed(DataFlowProcessor.output(pass.dataFlow(), visit.rawInput(), result, context), pass.transition());
  }

  private static void waitStep(StateVisit visit, WaitState wait) {
    JsonNode effective = DataFlowProcessor.effectiveInput(wait.dataFlow(), visit.rawInput());
    Instant due = WaitTime.dueTime(wait, effective, visit.run().clock().now());
    JsonNode output = DataFlowProcessor.passThrough(wait.dataFlow(), visit.rawInput());
    if (due.isAfter(visit.run().clock().now())) {
      visit.run().schedule(due, () -> visit.succeed(output, wait.transition()));
    } else {
      visit.succeed(output, wait.transition());
    }
  }

  private static void choice(StateVisit visit, ChoiceState choice) {
    Scope scope = new Scope(DataFlowProcessor.effectiveInput(choice.dataFlow(), visit.rawInput()), visit.context(null));
    String next = choice.choices().stream()
        .filter(branch -> branch.rule().matches(scope))
        .map(ChoiceState.ChoiceBranch::next)
        .findFirst()
        .orElse(choice.defaultNext());
    if (next == null) {
      throw new StatesFailure(StatesError.NO_CHOICE_MATCHED,
          "No Matches! State '" + choice.name() + "' matched no choice rule and has no Default");
    }
    visit.succeed(DataFlowProcessor.passThrough(choice.dataFlow(), visit.rawInput()), Transition.to(next));
  }

  private static void fail(StateVisit visit, FailState fail) {
    String error = fail.errorPath() != null ? dynamicText(fail.errorPath(), visit) : fail.error();
    String cause = fail.causePath() != null ? dynamicText(fail.causePath(), visit) : fail.cause();
    visit.fail(new StatesError(error == null ? "" : error, cause));
  }

  private static String dynamicText(String expression, StateVisit visit) {
    Scope scope = new Scope(visit.rawInput(), visit.context(null));
    JsonNode value = IntrinsicExpression.isIntrinsic(expression)
        ? IntrinsicFunctions.evaluate(expression, scope)
        : scope.select(expression).orElse(TextNode.valueOf(""));
    if (!value.isTextual()) {
      throw new StatesFailure(StatesError.RUNTIME, "'" + expression + "' must select a string");
    }
    return value.textValue();
  }
}
