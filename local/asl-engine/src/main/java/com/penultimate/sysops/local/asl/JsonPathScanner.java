package com.penultimate.sysops.local.asl;

import java.util.ArrayList;
import java.util.List;

/** Splits a JSONPath's text into segments; syntax errors are IllegalArgumentExceptions. */
final class JsonPathScanner {

  private final String text;
  private int position = 1;

  JsonPathScanner(String text) {
    this.text = text;
  }

  List<JsonPath.Segment> segments() {
    if (text == null || !text.startsWith("$") || text.startsWith("$$")) {
      throw invalid();
    }
    List<JsonPath.Segment> segments = new ArrayList<>();
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == '.') {
        segments.add(dotSegment());
      } else if (c == '[') {
        segments.add(bracketSegment());
      } else {
        throw invalid();
      }
    }
    return List.copyOf(segments);
  }

  private JsonPath.Segment dotSegment() {
    if (position < text.length() && text.charAt(position) == '*') {
      position++;
      return new JsonPath.Wildcard();
    }
    int start = position;
    while (position < text.length() && text.charAt(position) != '.' && text.charAt(position) != '[') {
      position++;
    }
    if (start == position) {
      throw invalid();
    }
    return new JsonPath.Field(text.substring(start, position));
  }

  private JsonPath.Segment bracketSegment() {
    int close = text.indexOf(']', position);
    if (close < 0) {
      throw invalid();
    }
    String inside = text.substring(position, close).trim();
    position = close + 1;
    if (inside.equals("*")) {
      return new JsonPath.Wildcard();
    }
    if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
        || inside.startsWith("\"") && inside.endsWith("\""))) {
      return new JsonPath.Field(inside.substring(1, inside.length() - 1));
    }
    if (!inside.isEmpty() && inside.chars().allMatch(Character::isDigit)) {
      return new JsonPath.Index(Integer.parseInt(inside));
    }
    throw invalid();
  }

  private IllegalArgumentException invalid() {
    return new IllegalArgumentException("Invalid JSONPath '" + text + "'");
  }
}
