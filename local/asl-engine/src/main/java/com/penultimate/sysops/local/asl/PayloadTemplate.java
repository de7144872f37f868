package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Resolves a payload template (Parameters, ResultSelector, ItemSelector): a field named
 * {@code key.$} becomes {@code key}, its value taken from a path, a context path or an intrinsic.
 */
final class PayloadTemplate {

  static final String DYNAMIC_SUFFIX = ".$";

  private PayloadTemplate() {}

  static JsonNode resolve(JsonNode template, Scope scope) {
    if (template.isObject()) {
      ObjectNode resolved = Json.object();
      Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = field.getKey();
        if (key.endsWith(DYNAMIC_SUFFIX)) {
          resolved.set(key.substring(0, key.length() - DYNAMIC_SUFFIX.length()),
              dynamicValue(key, field.getValue(), scope));
        } else {
          resolved.set(key, resolve(field.getValue(), scope));
        }
      }
      return resolved;
    }
    if (template.isArray()) {
      ArrayNode resolved = Json.MAPPER.createArrayNode();
      template.forEach(element -> resolved.add(resolve(element, scope)));
      return resolved;
    }
    return template;
  }

  private static JsonNode dynamicValue(String key, JsonNode expression, Scope scope) {
    String text = expression.asText();
    if (IntrinsicExpression.isIntrinsic(text)) {
      return IntrinsicFunctions.evaluate(text, scope);
    }
    return scope.select(text).orElseThrow(() -> new StatesFailure(StatesError.PARAMETER_PATH_FAILURE,
        "The JSONPath '" + text + "' specified for the field '" + key + "' could not be found in the input"));
  }
}
