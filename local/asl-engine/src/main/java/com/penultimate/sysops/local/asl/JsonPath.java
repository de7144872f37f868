package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The JSONPath subset ASL paths use: {@code $}, {@code $.a.b}, {@code $['a']}, {@code $.a[0]} and
 * the {@code [*]} / {@code .*} wildcards. A path with a wildcard selects an array of the matches.
 */
final class JsonPath {

  /** One step of a path. */
  sealed interface Segment permits Field, Index, Wildcard {}

  record Field(String name) implements Segment {}

  record Index(int index) implements Segment {}

  record Wildcard() implements Segment {}

  private final String text;
  private final List<Segment> segments;

  private JsonPath(String text, List<Segment> segments) {
    this.text = text;
    this.segments = segments;
  }

  /** Parses a path; a syntax error is an {@link IllegalArgumentException} naming the path. */
  static JsonPath parse(String text) {
    return new JsonPath(text, new JsonPathScanner(text).segments());
  }

  /** Whether every segment names an object field, as a ResultPath must. */
  boolean isReferencePath() {
    return segments.stream().allMatch(Field.class::isInstance);
  }

  /** What the path selects in {@code document}, or empty when a step does not exist. */
  Optional<JsonNode> read(JsonNode document) {
    List<JsonNode> current = List.of(document);
    for (Segment segment : segments) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : current) {
        step(node, segment, next);
      }
      current = next;
    }
    if (segments.stream().anyMatch(Wildcard.class::isInstance)) {
      ArrayNode matches = Json.MAPPER.createArrayNode();
      current.forEach(matches::add);
      return Optional.of(matches);
    }
    return current.isEmpty() ? Optional.empty() : Optional.of(current.get(0));
  }

  /** A copy of {@code document} with {@code value} placed at this path, creating objects on the way. */
  JsonNode write(JsonNode document, JsonNode value) {
    if (segments.isEmpty()) {
      return value;
    }
    if (!isReferencePath()) {
      throw new StatesFailure(StatesError.RESULT_PATH_MATCH_FAILURE,
          "ResultPath '" + text + "' must name object fields only");
    }
    if (!document.isObject()) {
      throw new StatesFailure(StatesError.RESULT_PATH_MATCH_FAILURE,
          "Unable to apply ResultPath '" + text + "' to a non-object input");
    }
    ObjectNode root = (ObjectNode) document.deepCopy();
    ObjectNode parent = root;
    for (int i = 0; i < segments.size() - 1; i++) {
      String name = ((Field) segments.get(i)).name();
      JsonNode child = parent.get(name);
      if (child == null || child.isNull()) {
        parent = parent.putObject(name);
      } else if (child.isObject()) {
        parent = (ObjectNode) child;
      } else {
        throw new StatesFailure(StatesError.RESULT_PATH_MATCH_FAILURE,
            "Unable to apply ResultPath '" + text + "': '" + name + "' is not an object");
      }
    }
    parent.set(((Field) segments.get(segments.size() - 1)).name(), value);
    return root;
  }

  @Override
  public String toString() {
    return text;
  }

  private static void step(JsonNode node, Segment segment, List<JsonNode> out) {
    if (segment instanceof Field field) {
      if (node.isObject() && node.has(field.name())) {
        out.add(node.get(field.name()));
      }
    } else if (segment instanceof Index index) {
      if (node.isArray() && index.index() < node.size()) {
        out.add(node.get(index.index()));
      }
    } else if (node.isContainerNode()) {
      Iterator<JsonNode> elements = node.elements();
      elements.forEachRemaining(out::add);
    }
  }
}
