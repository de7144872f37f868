package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The Choice comparison operators; values of the wrong type compare as false, as in AWS. */
final class Comparisons {

  static final String IS_PRESENT = "IsPresent";
  private static final String PATH = "Path";
  private static final List<String> FAMILIES = List.of("String", "Numeric", "Timestamp");
  private static final List<String> RELATIONS =
      List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals");
  private static final Set<String> TYPE_TESTS =
      Set.of("IsNull", IS_PRESENT, "IsNumeric", "IsString", "IsBoolean", "IsTimestamp");

  private Comparisons() {}

  /** Whether {@code operator} is a comparison operator name (with or without the Path suffix). */
  static boolean isOperator(String operator) {
    if (TYPE_TESTS.contains(operator) || operator.equals("StringMatches")) {
      return true;
    }
    String base = withoutPath(operator);
    return base.equals("BooleanEquals") || relation(base).isPresent();
  }

  static boolean takesPath(String operator) {
    return operator.endsWith(PATH) && !operator.equals("StringMatches");
  }

  static String withoutPath(String operator) {
    return takesPath(operator) ? operator.substring(0, operator.length() - PATH.length()) : operator;
  }

  /** Evaluates a non-Path operator; {@code IsPresent} is decided by the caller. */
  static boolean test(String operator, JsonNode actual, JsonNode expected) {
    switch (operator) {
      case "IsNull": return actual.isNull() == expected.asBoolean();
      case "IsNumeric": return actual.isNumber() == expected.asBoolean();
      case "IsString": return actual.isTextual() == expected.asBoolean();
      case "IsBoolean": return actual.isBoolean() == expected.asBoolean();
      case "IsTimestamp": return timestamp(actual).isPresent() == expected.asBoolean();
      case "StringMatches": return actual.isTextual() && glob(expected.asText()).matcher(actual.textValue()).matches();
      case "BooleanEquals": return actual.isBoolean() && expected.isBoolean() && actual.booleanValue() == expected.booleanValue();
      default: return compare(operator, actual, expected);
    }
  }

  private static boolean compare(String operator, JsonNode actual, JsonNode expected) {
    String family = FAMILIES.stream().filter(operator::startsWith).findFirst().orElseThrow();
    String relation = operator.substring(family.length());
    Integer order = switch (family) {
      case "String" -> actual.isTextual() && expected.isTextual() ? actual.textValue().compareTo(expected.textValue()) : null;
      case "Numeric" -> actual.isNumber() && expected.isNumber() ? actual.decimalValue().compareTo(expected.decimalValue()) : null;
      default -> timestamp(actual).flatMap(a -> timestamp(expected).map(e -> a.toInstant().compareTo(e.toInstant()))).orElse(null);
    };
    if (order == null) {
      return false;
    }
    return switch (relation) {
      case "Equals" -> order == 0;
      case "LessThan" -> order < 0;
      case "GreaterThan" -> order > 0;
      case "LessThanEquals" -> order <= 0;
      default -> order >= 0;
    };
  }

  private static Optional<String> relation(String operator) {
    return FAMILIES.stream().filter(operator::startsWith)
        .map(family -> operator.substring(family.length()))
        .filter(RELATIONS::contains).findFirst();
  }

  static Optional<OffsetDateTime> timestamp(JsonNode node) {
    if (!node.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(node.textValue()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code *} matches any run of characters; {@code \*} and {@code \\} are literal. */
  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '*') {
        regex.append(".*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
