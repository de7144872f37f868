package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The input and output processing fields of a state. Paths that are absent default to {@code $};
 * a path given as JSON {@code null} is kept as Java {@code null} (discard the input, the result
 * or the output, as the ASL specification says). Templates that are absent are {@code null}.
 */
record DataFlow(
    String inputPath, JsonNode parameters, JsonNode resultSelector, String resultPath, String outputPath) {

  static final String ROOT = "$";

  static DataFlow identity() {
    return new DataFlow(ROOT, null, null, ROOT, ROOT);
  }
}
