package com.penultimate.sysops.local.asl;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${Name}} placeholders in definition text, as SAM's {@code DefinitionSubstitutions}
 * does. A placeholder without a value is an error, so a mis-wired definition fails at load.
 */
public final class DefinitionSubstitutions {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:-]+)}");

  private DefinitionSubstitutions() {}

  /**
   * @throws IllegalArgumentException naming every placeholder that has no value in {@code values}
   */
  public static String apply(String definition, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(definition);
    StringBuilder out = new StringBuilder();
    Set<String> missing = new TreeSet<>();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        missing.add(matcher.group(1));
        value = matcher.group();
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("No DefinitionSubstitutions value for " + missing);
    }
    return out.toString();
  }
}
