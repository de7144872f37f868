package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/** Parses the text of an intrinsic function call; syntax errors are IllegalArgumentExceptions. */
final class IntrinsicParser {

  private final String text;
  private int position;

  private IntrinsicParser(String text) {
    this.text = text;
  }

  static IntrinsicExpression.Call parse(String text) {
    IntrinsicParser parser = new IntrinsicParser(text);
    IntrinsicExpression.Call call = parser.call();
    parser.skipSpaces();
    if (parser.position != text.length()) {
      throw parser.invalid("unexpected text after the closing parenthesis");
    }
    return call;
  }

  private IntrinsicExpression.Call call() {
    int open = text.indexOf('(', position);
    if (open < 0) {
      throw invalid("missing '('");
    }
    String name = text.substring(position, open).trim();
    position = open + 1;
    List<IntrinsicExpression> arguments = new ArrayList<>();
    skipSpaces();
    if (peek() == ')') {
      position++;
      return new IntrinsicExpression.Call(name, arguments);
    }
    while (true) {
      arguments.add(argument());
      skipSpaces();
      char c = next();
      if (c == ')') {
        return new IntrinsicExpression.Call(name, List.copyOf(arguments));
      }
      if (c != ',') {
        throw invalid("expected ',' or ')'");
      }
    }
  }

  private IntrinsicExpression argument() {
    skipSpaces();
    char c = peek();
    if (c == '\'') {
      position++;
      return stringLiteral();
    }
    if (c == '$') {
      return new IntrinsicExpression.PathArgument(pathText());
    }
    if (text.startsWith("States.", position)) {
      return call();
    }
    int start = position;
    while (position < text.length() && peek() != ',' && peek() != ')') {
      position++;
    }
    String token = text.substring(start, position).trim();
    try {
      return new IntrinsicExpression.Literal(Json.parse(token), token);
    } catch (IllegalArgumentException e) {
      throw invalid("'" + token + "' is not a literal");
    }
  }

  private IntrinsicExpression.Literal stringLiteral() {
    StringBuilder raw = new StringBuilder();
    StringBuilder value = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '\'') {
        return new IntrinsicExpression.Literal(TextNode.valueOf(value.toString()), raw.toString());
      }
      if (c == '\\') {
        char escaped = next();
        raw.append(c).append(escaped);
        value.append(escaped);
      } else {
        raw.append(c);
        value.append(c);
      }
    }
  }

  private String pathText() {
    int start = position;
    char quote = 0;
    while (position < text.length()) {
      char c = peek();
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ',' || c == ')' || Character.isWhitespace(c)) {
        break;
      }
      position++;
    }
    return text.substring(start, position);
  }

  private void skipSpaces() {
    while (position < text.length() && Character.isWhitespace(peek())) {
      position++;
    }
  }

  private char peek() {
    if (position >= text.length()) {
      throw invalid("unexpected end");
    }
    return text.charAt(position);
  }

  private char next() {
    char c = peek();
    position++;
    return c;
  }

  private IllegalArgumentException invalid(String reason) {
    return new IllegalArgumentException("Invalid intrinsic function '" + text + "': " + reason);
  }
}
