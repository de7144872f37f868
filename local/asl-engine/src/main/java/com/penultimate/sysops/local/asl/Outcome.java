package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** How a task attempt, a branch or an execution ended. */
sealed interface Outcome {

  record Success(JsonNode output) implements Outcome {}

  record Failure(StatesError error) implements Outcome {}
}
