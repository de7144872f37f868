package com.penultimate.sysops.local.asl;

import java.util.List;

/** A state machine definition is not valid ASL or uses what this engine does not support. */
public final class DefinitionException extends RuntimeException {

  private final List<String> problems;

  public DefinitionException(List<String> problems) {
    super("Invalid state machine definition:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, e.g. {@code State 'Offer': Next target 'Nope' does not exist}. */
  public List<String> problems() {
    return problems;
  }
}
