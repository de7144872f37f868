package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Load-time checks of payload templates and of the expressions in them. */
final class TemplateSyntax {

  private TemplateSyntax() {}

  /** The {@code key.$} fields of {@code template}, at any depth, whose value is not an expression. */
  static List<String> invalidDynamicFields(JsonNode template) {
    List<String> invalid = new ArrayList<>();
    collect(template, invalid);
    return invalid;
  }

  /** Whether {@code value} is a path, a context path or a well-formed intrinsic function call. */
  static boolean isExpression(JsonNode value) {
    if (!value.isTextual()) {
      return false;
    }
    if (!IntrinsicExpression.isIntrinsic(value.textValue())) {
      return Scope.isValidPath(value.textValue());
    }
    try {
      IntrinsicParser.parse(value.textValue());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void collect(JsonNode node, List<String> invalid) {
    if (node.isArray()) {
      node.forEach(element -> collect(element, invalid));
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      if (!entry.getKey().endsWith(PayloadTemplate.DYNAMIC_SUFFIX)) {
        collect(entry.getValue(), invalid);
      } else if (!isExpression(entry.getValue())) {
        invalid.add(entry.getKey());
      }
    }
  }
}
