package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.IntrinsicFunctions.array;
import static com.penultimate.sysops.local.asl.IntrinsicFunctions.arg;
import static com.penultimate.sysops.local.asl.IntrinsicFunctions.failure;
import static com.penultimate.sysops.local.asl.IntrinsicFunctions.integer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code States.Array*} intrinsic functions. */
final class ArrayIntrinsics {

  private static final int MAX_RANGE = 1000;

  private ArrayIntrinsics() {}

  static Optional<JsonNode> evaluate(IntrinsicExpression.Call call, List<JsonNode> args) {
    return Optional.ofNullable(switch (call.name()) {
      case "States.ArrayLength" -> IntNode.valueOf(array(args, 0, call).size());
      case "States.ArrayContains" -> BooleanNode.valueOf(contains(array(args, 0, call), arg(args, 1, call)));
      case "States.ArrayGetItem" -> getItem(array(args, 0, call), integer(args, 1, call));
      case "States.ArrayPartition" -> partition(array(args, 0, call), integer(args, 1, call));
      case "States.ArrayRange" -> range(integer(args, 0, call), integer(args, 1, call), integer(args, 2, call));
      case "States.ArrayUnique" -> unique(array(args, 0, call));
      default -> null;
    });
  }

  private static boolean contains(ArrayNode array, JsonNode value) {
    for (JsonNode element : array) {
      if (element.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode getItem(ArrayNode array, int index) {
    if (index < 0 || index >= array.size()) {
      throw failure("States.ArrayGetItem index " + index + " is out of bounds");
    }
    return array.get(index);
  }

  private static JsonNode partition(ArrayNode array, int size) {
    if (size < 1) {
      throw failure("States.ArrayPartition chunk size must be positive");
    }
    ArrayNode chunks = Json.MAPPER.createArrayNode();
    ArrayNode chunk = null;
    for (int i = 0; i < array.size(); i++) {
      if (i % size == 0) {
        chunk = chunks.addArray();
      }
      chunk.add(array.get(i));
    }
    return chunks;
  }

  private static JsonNode range(int start, int end, int step) {
    if (step == 0 || (end - start) / step + 1 > MAX_RANGE) {
      throw failure("States.ArrayRange step must be non-zero and yield at most " + MAX_RANGE + " items");
    }
    ArrayNode range = Json.MAPPER.createArrayNode();
    for (int i = start; step > 0 ? i <= end : i >= end; i += step) {
      range.add(i);
    }
    return range;
  }

  private static JsonNode unique(ArrayNode array) {
    Set<JsonNode> seen = new LinkedHashSet<>();
    array.forEach(seen::add);
    return Json.MAPPER.createArrayNode().addAll(seen);
  }
}
