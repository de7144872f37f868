package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Where a running execution stands, as much as a restart needs to carry it on: its identity and input, and the
 * top-level state it last entered with that state's input. A resumed execution enters that state again, so the
 * state's work (a task, a wait, a branch) runs at least once more.
 */
public record ExecutionCheckpoint(String stateMachineName, String name, JsonNode input, Instant startDate,
    String state, JsonNode stateInput) {
}
