package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The engine's one JSON mapper and the few conversions it needs. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Parses JSON text; malformed text is an {@link IllegalArgumentException}. */
  static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JsonNode could not be written", e);
    }
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** {@code {"error": ..., "cause": ...}}, the details of a history event about a failure. */
  static ObjectNode errorDetails(StatesError error) {
    return object().put("error", error.error()).put("cause", error.cause());
  }

  /** {@code {"Error": error, "Cause": cause}}, leaving out a null cause, as Step Functions does. */
  static ObjectNode errorOutput(String error, String cause) {
    ObjectNode node = object().put("Error", error);
    if (cause != null) {
      node.put("Cause", cause);
    }
    return node;
  }
}
