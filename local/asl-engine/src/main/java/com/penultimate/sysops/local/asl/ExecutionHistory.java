package com.penultimate.sysops.local.asl;

import java.util.List;

/** An execution's events in the order they happened, like GetExecutionHistory. */
public record ExecutionHistory(List<HistoryEvent> events) {

  public ExecutionHistory {
    events = List.copyOf(events);
  }

  /** The names of the states entered, in order (a state entered twice appears twice). */
  public List<String> enteredStates() {
    return events.stream().filter(event -> event.type().isStateEntered()).map(HistoryEvent::stateName).toList();
  }

  public List<HistoryEvent> ofType(HistoryEventType type) {
    return events.stream().filter(event -> event.type() == type).toList();
  }
}
