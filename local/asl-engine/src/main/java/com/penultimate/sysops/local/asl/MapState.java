package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** An inline {@code Map} state: runs {@code processor} once per item; 0 concurrency = unbounded. */
record MapState(
    String name,
    DataFlow dataFlow,
    String itemsPath,
    JsonNode itemSelector,
    StateMachineDefinition processor,
    int maxConcurrency,
    Transition transition,
    List<Retrier> retriers,
    List<Catcher> catchers)
    implements State {

  @Override
  public String type() {
    return "Map";
  }
}
