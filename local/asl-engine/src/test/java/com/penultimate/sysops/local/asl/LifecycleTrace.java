package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What one interpreter did with a {@link LifecycleScript}: each state entered (event type, name, input), each Lambda
 * call (function ARN, payload with the task token masked, as tokens differ between interpreters), and how the
 * execution ended. JSON is re-read from text, so that equal documents compare equal whichever parser built them.
 */
record LifecycleTrace(List<EnteredState> states, List<FunctionCall> calls, String status, JsonNode output) {

    /** One {@code ...StateEntered} event, e.g. {@code TaskStateEntered Match {...}}. */
    record EnteredState(String event, String name, JsonNode input) {
        EnteredState(String event, String name, String input) {
            this(event, name, Json.parse(input));
        }
    }

    /** One invocation of a Lambda function, whether by its ARN or through {@code lambda:invoke}. */
    record FunctionCall(String function, JsonNode payload) {
        static FunctionCall of(String function, String payload) {
            JsonNode json = Json.parse(payload);
            if (json.has("taskToken")) {
                ((ObjectNode) json).put("taskToken", "<token>");
            }
            return new FunctionCall(function, json);
        }
    }

    /** The names of the states entered, in order. */
    List<String> path() {
        return states.stream().map(EnteredState::name).toList();
    }
}
