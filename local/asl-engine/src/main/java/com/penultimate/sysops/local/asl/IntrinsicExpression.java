package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A parsed intrinsic function call, or one of its arguments. */
sealed interface IntrinsicExpression {

  /** A call such as {@code States.Format('{}', $.name)}. */
  record Call(String name, List<IntrinsicExpression> arguments) implements IntrinsicExpression {}

  /** A literal; {@code raw} keeps a string's backslash escapes, which States.Format interprets. */
  record Literal(JsonNode value, String raw) implements IntrinsicExpression {}

  /** A {@code $} or {@code $$} path. */
  record PathArgument(String path) implements IntrinsicExpression {}

  /** Whether a template value ({@code "key.$": text}) is an intrinsic call rather than a path. */
  static boolean isIntrinsic(String text) {
    return text.startsWith("States.");
  }
}
