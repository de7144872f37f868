package com.penultimate.sysops.local.asl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a parsed definition's graph: StartAt and every transition target exist, all reachable. */
final class DefinitionValidator {

  private DefinitionValidator() {}

  static void validate(StateMachineDefinition definition, String where, Problems problems) {
    if (definition.states().isEmpty()) {
      return;
    }
    if (definition.startAt() != null && !definition.states().containsKey(definition.startAt())) {
      problems.add(where + ": StartAt '" + definition.startAt() + "' is not a state");
    }
    for (State state : definition.states().values()) {
      for (String target : targets(state)) {
        if (target != null && !definition.states().containsKey(target)) {
          problems.inState(state.name(), "transition target '" + target + "' does not exist");
        }
      }
    }
    Set<String> reachable = reachable(definition);
    definition.states().keySet().stream()
        .filter(name -> !reachable.contains(name))
        .forEach(name -> problems.inState(name, "is not reachable from StartAt"));
  }

  private static Set<String> reachable(StateMachineDefinition definition) {
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    if (definition.startAt() != null) {
      queue.add(definition.startAt());
    }
    while (!queue.isEmpty()) {
      String name = queue.poll();
      State state = definition.states().get(name);
      if (state != null && seen.add(name)) {
        targets(state).stream().filter(target -> target != null).forEach(queue::add);
      }
    }
    return seen;
  }

  /** Every state a state can move to: Next, Choice targets and Default, Catch targets. */
  static List<String> targets(State state) {
    List<String> targets = new ArrayList<>();
    if (state instanceof TaskState task) {
      targets.add(task.transition().next());
      task.catchers().forEach(catcher -> targets.add(catcher.next()));
    } else if (state instanceof ParallelState parallel) {
      targets.add(parallel.transition().next());
      parallel.catchers().forEach(catcher -> targets.add(catcher.next()));
    } else if (state instanceof MapState map) {
      targets.add(map.transition().next());
      map.catchers().forEach(catcher -> targets.add(catcher.next()));
    } else if (state instanceof PassState pass) {
      targets.add(pass.transition().next());
    } else if (state instanceof WaitState wait) {
      targets.add(wait.transition().next());
    } else if (state instanceof ChoiceState choice) {
      choice.choices().forEach(branch -> targets.add(branch.next()));
      targets.add(choice.defaultNext());
    }
    return targets;
  }
}
