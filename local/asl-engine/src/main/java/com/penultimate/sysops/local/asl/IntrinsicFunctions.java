package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Evaluates intrinsic function calls; any misuse fails with {@code States.IntrinsicFailure}. */
final class IntrinsicFunctions {

  private IntrinsicFunctions() {}

  /** Parses and evaluates {@code text}, e.g. {@code States.Format('Hi {}', $.name)}. */
  static JsonNode evaluate(String text, Scope scope) {
    IntrinsicExpression.Call call;
    try {
      call = IntrinsicParser.parse(text);
    } catch (IllegalArgumentException e) {
      throw failure(e.getMessage());
    }
    return call(call, scope);
  }

  static JsonNode call(IntrinsicExpression.Call call, Scope scope) {
    List<JsonNode> args = new ArrayList<>();
    for (IntrinsicExpression argument : call.arguments()) {
      args.add(value(argument, scope));
    }
    return switch (call.name()) {
      case "States.Format" -> format(call, args);
      case "States.StringToJson" -> stringToJson(string(args, 0, call));
      case "States.JsonToString" -> TextNode.valueOf(Json.write(arg(args, 0, call)));
      case "States.Array" -> Json.MAPPER.createArrayNode().addAll(args);
      case "States.MathAdd" -> mathAdd(args, call);
      case "States.JsonMerge" -> jsonMerge(args, call);
      case "States.UUID" -> TextNode.valueOf(UUID.randomUUID().toString());
      default -> ArrayIntrinsics.evaluate(call, args)
          .or(() -> EncodingIntrinsics.evaluate(call, args))
          .orElseThrow(() -> failure("Unsupported intrinsic function " + call.name()));
    };
  }

  static JsonNode arg(List<JsonNode> args, int index, IntrinsicExpression.Call call) {
    if (index >= args.size()) {
      throw failure(call.name() + " expects at least " + (index + 1) + " argument(s)");
    }
    return args.get(index);
  }

  static String string(List<JsonNode> args, int index, IntrinsicExpression.Call call) {
    JsonNode node = arg(args, index, call);
    if (!node.isTextual()) {
      throw failure(call.name() + " expects a string as argument " + (index + 1));
    }
    return node.textValue();
  }

  static ArrayNode array(List<JsonNode> args, int index, IntrinsicExpression.Call call) {
    JsonNode node = arg(args, index, call);
    if (!node.isArray()) {
      throw failure(call.name() + " expects an array as argument " + (index + 1));
    }
    return (ArrayNode) node;
  }

  static int integer(List<JsonNode> args, int index, IntrinsicExpression.Call call) {
    JsonNode node = arg(args, index, call);
    if (!node.isIntegralNumber() && !(node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0)) {
      throw failure(call.name() + " expects an integer as argument " + (index + 1));
    }
    return node.intValue();
  }

  static StatesFailure failure(String cause) {
    return new StatesFailure(StatesError.INTRINSIC_FAILURE, cause);
  }

  private static JsonNode value(IntrinsicExpression argument, Scope scope) {
    if (argument instanceof IntrinsicExpression.Literal literal) {
      return literal.value();
    }
    if (argument instanceof IntrinsicExpression.PathArgument path) {
      return scope.select(path.path())
          .orElseThrow(() -> failure("The path '" + path.path() + "' could not be found"));
    }
    return call((IntrinsicExpression.Call) argument, scope);
  }

  private static JsonNode format(IntrinsicExpression.Call call, List<JsonNode> args) {
    String template = call.arguments().isEmpty() ? null
        : call.arguments().get(0) instanceof IntrinsicExpression.Literal literal ? literal.raw() : null;
    if (template == null) {
      template = string(args, 0, call).replace("\\", "\\\\");
    }
    StringBuilder out = new StringBuilder();
    int next = 1;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        out.append(template.charAt(++i));
      } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
        out.append(formatted(arg(args, next++, call), call));
        i++;
      } else {
        out.append(c);
      }
    }
    if (next != args.size()) {
      throw failure("States.Format has " + (args.size() - 1) + " argument(s) for " + (next - 1) + " placeholder(s)");
    }
    return TextNode.valueOf(out.toString());
  }

  private static String formatted(JsonNode value, IntrinsicExpression.Call call) {
    if (value.isContainerNode()) {
      throw failure(call.name() + " cannot format an object or array");
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }

  private static JsonNode stringToJson(String text) {
    try {
      return Json.parse(text);
    } catch (IllegalArgumentException e) {
      throw failure("States.StringToJson: " + e.getMessage());
    }
  }

  private static JsonNode mathAdd(List<JsonNode> args, IntrinsicExpression.Call call) {
    JsonNode a = arg(args, 0, call);
    JsonNode b = arg(args, 1, call);
    if (!a.isNumber() || !b.isNumber()) {
      throw failure("States.MathAdd expects two numbers");
    }
    BigDecimal sum = a.decimalValue().add(b.decimalValue());
    // Parsing the sum's text gives the node type a JSON reader would give (int, long or double).
    return Json.parse(sum.stripTrailingZeros().toPlainString());
  }

  private static JsonNode jsonMerge(List<JsonNode> args, IntrinsicExpression.Call call) {
    JsonNode a = arg(args, 0, call);
    JsonNode b = arg(args, 1, call);
    if (!a.isObject() || !b.isObject()) {
      throw failure("States.JsonMerge expects two objects");
    }
    if (args.size() > 2 && args.get(2).asBoolean()) {
      throw failure("States.JsonMerge supports only a shallow merge (false)");
    }
    ObjectNode merged = ((ObjectNode) a).deepCopy();
    merged.setAll((ObjectNode) b.deepCopy());
    return merged;
  }
}
