package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The registered state machines and every execution started, findable by ARN or by name. */
final class ExecutionRegistry {

  private static final String MACHINE_ARN_PART = ":stateMachine:";

  private final Map<String, StateMachineDefinition> machines = new ConcurrentHashMap<>();
  private final Map<String, Execution> executions = new LinkedHashMap<>();

  void register(String name, StateMachineDefinition definition) {
    machines.put(name, definition);
  }

  /** The machine's name, given its name or ARN. */
  String machineName(String nameOrArn) {
    int arnPart = nameOrArn.indexOf(MACHINE_ARN_PART);
    String name = arnPart < 0 ? nameOrArn : nameOrArn.substring(arnPart + MACHINE_ARN_PART.length());
    if (!machines.containsKey(name)) {
      throw new EngineRequestException.StateMachineDoesNotExist(nameOrArn);
    }
    return name;
  }

  StateMachineDefinition definition(String name) {
    return machines.get(name);
  }

  /**
   * The execution named {@code arn}, created by {@code create} if there is none. Like AWS, a
   * running execution with the same input is returned as is; any other clash is refused.
   */
  synchronized Execution startOrExisting(String arn, JsonNode input, Supplier<Execution> create) {
    Execution existing = executions.get(arn);
    if (existing != null) {
      if (existing.isRunning() && existing.input().equals(input)) {
        return existing;
      }
      throw new EngineRequestException.ExecutionAlreadyExists(arn);
    }
    Execution execution = create.get();
    executions.put(arn, execution);
    return execution;
  }

  /** The execution with this ARN, or else the one with this name (ambiguous names are refused). */
  synchronized Execution find(String reference) {
    Execution byArn = executions.get(reference);
    if (byArn != null) {
      return byArn;
    }
    List<Execution> named = executions.values().stream().filter(e -> e.name().equals(reference)).toList();
    if (named.size() > 1) {
      throw new IllegalArgumentException("Several executions are named '" + reference + "': use the ARN");
    }
    if (named.isEmpty()) {
      throw new EngineRequestException.ExecutionDoesNotExist(reference);
    }
    return named.get(0);
  }

  synchronized List<Execution> executionsOf(String machineName) {
    List<Execution> found = new ArrayList<>();
    executions.values().stream().filter(e -> e.stateMachineName().equals(machineName)).forEach(found::add);
    return found;
  }
}
