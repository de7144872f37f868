package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What paths are resolved against: {@code $...} reads {@code data}, {@code $$...} the context object. */
record Scope(JsonNode data, JsonNode context) {

  Optional<JsonNode> select(String path) {
    if (path.startsWith("$$")) {
      return JsonPath.parse(path.substring(1)).read(context);
    }
    return JsonPath.parse(path).read(data);
  }

  /** Whether {@code text} is a path (or context path) in ASL's syntax. */
  static boolean isValidPath(String text) {
    try {
      JsonPath.parse(text.startsWith("$$") ? text.substring(1) : text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
