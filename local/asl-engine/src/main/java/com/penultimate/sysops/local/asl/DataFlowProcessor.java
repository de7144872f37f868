package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Applies a state's InputPath, Parameters, ResultSelector, ResultPath and OutputPath. */
final class DataFlowProcessor {

  private DataFlowProcessor() {}

  /** InputPath: selects the effective input; null yields {@code {}}. */
  static JsonNode effectiveInput(DataFlow flow, JsonNode rawInput) {
    return select(flow.inputPath(), rawInput, "InputPath");
  }

  /** Parameters (when present) resolved against the effective input. */
  static JsonNode parameters(DataFlow flow, JsonNode effectiveInput, JsonNode context) {
    return flow.parameters() == null ? effectiveInput
        : PayloadTemplate.resolve(flow.parameters(), new Scope(effectiveInput, context));
  }

  /** ResultSelector (when present), then ResultPath into the raw input, then OutputPath. */
  static JsonNode output(DataFlow flow, JsonNode rawInput, JsonNode result, JsonNode context) {
    JsonNode selected = flow.resultSelector() == null ? result
        : PayloadTemplate.resolve(flow.resultSelector(), new Scope(result, context));
    return select(flow.outputPath(), placeResult(flow.resultPath(), rawInput, selected), "OutputPath");
  }

  /** ResultPath: null keeps the raw input, {@code $} replaces it, any other path merges into it. */
  static JsonNode placeResult(String resultPath, JsonNode rawInput, JsonNode result) {
    if (resultPath == null) {
      return rawInput;
    }
    return JsonPath.parse(resultPath).write(rawInput, result);
  }

  /** InputPath and OutputPath only, for Choice, Wait and Succeed states. */
  static JsonNode passThrough(DataFlow flow, JsonNode rawInput) {
    return select(flow.outputPath(), effectiveInput(flow, rawInput), "OutputPath");
  }

  private static JsonNode select(String path, JsonNode document, String field) {
    if (path == null) {
      return Json.object();
    }
    return JsonPath.parse(path).read(document).orElseThrow(() -> new StatesFailure(StatesError.RUNTIME,
        "Invalid path '" + path + "' for " + field + ": the path could not be found in the input"));
  }
}
