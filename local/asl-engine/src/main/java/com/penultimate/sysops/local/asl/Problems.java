package com.penultimate.sysops.local.asl;

import java.util.ArrayList;
import java.util.List;

/** Collects definition problems so one parse reports all of them. */
final class Problems {

  private final List<String> messages = new ArrayList<>();

  void add(String message) {
    messages.add(message);
  }

  void inState(String state, String message) {
    messages.add("State '" + state + "': " + message);
  }

  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new DefinitionException(messages);
    }
  }
}
