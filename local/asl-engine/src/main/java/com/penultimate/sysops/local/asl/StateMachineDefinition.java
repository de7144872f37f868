package com.penultimate.sysops.local.asl;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed and validated Amazon States Language definition (or a Parallel branch / Map processor
 * inside one). Immutable; safe to share between executions.
 */
public final class StateMachineDefinition {

  private final String startAt;
  private final Map<String, State> states;
  private final Long timeoutSeconds;

  StateMachineDefinition(String startAt, Map<String, State> states, Long timeoutSeconds) {
    this.startAt = startAt;
    this.states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    this.timeoutSeconds = timeoutSeconds;
  }

  /**
   * Parses and validates a definition's JSON text.
   *
   * @throws DefinitionException listing every problem found, each naming its state
   */
  public static StateMachineDefinition parse(String json) {
    return DefinitionParser.parse(json);
  }

  public String startAt() {
    return startAt;
  }

  /** The names of the top-level states, in definition order. */
  public Set<String> stateNames() {
    return states.keySet();
  }

  /** The execution timeout ({@code TimeoutSeconds} of the definition), if any. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeoutSeconds).map(Duration::ofSeconds);
  }

  State state(String name) {
    State state = states.get(name);
    if (state == null) {
      throw new IllegalStateException("No state named '" + name + "'");
    }
    return state;
  }

  Map<String, State> states() {
    return states;
  }
}
