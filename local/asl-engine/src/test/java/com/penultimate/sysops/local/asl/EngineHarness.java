package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * A workflow engine for tests: a manual clock and an executor that runs every step on the
 * calling thread, so each call returns once the execution has ended or parked.
 */
final class EngineHarness {

  static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
  static final String MACHINE = "test-machine";

  final ManualWorkflowClock clock = new ManualWorkflowClock(START);
  final RecordingInvoker invoker = new RecordingInvoker();
  final WorkflowEngine engine = WorkflowEngine.builder()
      .withClock(clock)
      .withExecutor(Runnable::run)
      .withTaskInvoker(invoker)
      .build();

  /** Registers {@code definition} and starts execution {@code exec} with {@code input}. */
  ExecutionDescription run(String definition, String input) {
    engine.register(MACHINE, definition);
    return engine.start(MACHINE, "exec", input);
  }

  ExecutionDescription describe() {
    return engine.describe("exec");
  }

  ExecutionHistory history() {
    return engine.history("exec");
  }

  void advance(Duration duration) {
    clock.advance(duration);
  }

  static JsonNode json(String text) {
    return Json.parse(text);
  }
}
