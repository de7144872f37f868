package com.penultimate.sysops.local.asl;

import java.util.List;

/** A {@code Choice} state: the first branch whose rule matches wins, else {@code defaultNext}. */
record ChoiceState(String name, DataFlow dataFlow, List<ChoiceBranch> choices, String defaultNext)
    implements State {

  /** A top-level choice rule with the state it leads to. */
  record ChoiceBranch(ChoiceRule rule, String next) {}

  @Override
  public String type() {
    return "Choice";
  }
}
