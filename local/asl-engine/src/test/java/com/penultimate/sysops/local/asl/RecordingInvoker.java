package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A TaskInvoker for tests: records every call and answers with a per-resource behaviour. */
final class RecordingInvoker implements TaskInvoker {

  /** One recorded call. */
  record Call(String resource, JsonNode parameters, TaskContext context) {}

  /** What a resource does when called. */
  @FunctionalInterface
  interface Behaviour {
    JsonNode respond(Call call) throws Exception;
  }

  private final Map<String, Behaviour> behaviours = new HashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  RecordingInvoker on(String resource, Behaviour behaviour) {
    behaviours.put(resource, behaviour);
    return this;
  }

  @Override
  public JsonNode invoke(String resource, JsonNode parameters, TaskContext context) throws Exception {
    Call call = new Call(resource, parameters, context);
    calls.add(call);
    Behaviour behaviour = behaviours.get(resource);
    return behaviour == null ? parameters : behaviour.respond(call);
  }

  List<Call> calls() {
    return calls;
  }

  List<Call> callsTo(String resource) {
    return calls.stream().filter(call -> call.resource().equals(resource)).toList();
  }

  Call lastCall() {
    return calls.get(calls.size() - 1);
  }
}
