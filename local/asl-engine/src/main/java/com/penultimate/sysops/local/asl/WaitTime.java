package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Works out when a Wait state ends, from Seconds, SecondsPath, Timestamp or TimestampPath. */
final class WaitTime {

  private WaitTime() {}

  static Instant dueTime(WaitState wait, JsonNode effectiveInput, Instant now) {
    if (wait.seconds() != null) {
      return now.plusSeconds(wait.seconds());
    }
    if (wait.timestamp() != null) {
      return Comparisons.timestamp(Json.MAPPER.getNodeFactory().textNode(wait.timestamp())).orElseThrow().toInstant();
    }
    if (wait.secondsPath() != null) {
      JsonNode seconds = read(wait.secondsPath(), effectiveInput);
      if (!seconds.isIntegralNumber() || seconds.longValue() < 0) {
        throw new StatesFailure(StatesError.RUNTIME,
            "SecondsPath '" + wait.secondsPath() + "' must select a non-negative integer, was " + seconds);
      }
      return now.plusSeconds(seconds.longValue());
    }
    JsonNode timestamp = read(wait.timestampPath(), effectiveInput);
    return Comparisons.timestamp(timestamp).orElseThrow(() -> new StatesFailure(StatesError.RUNTIME,
        "TimestampPath '" + wait.timestampPath() + "' must select an RFC 3339 timestamp, was " + timestamp))
        .toInstant();
  }

  private static JsonNode read(String path, JsonNode input) {
    return JsonPath.parse(path).read(input).orElseThrow(() -> new StatesFailure(StatesError.RUNTIME,
        "Invalid path '" + path + "': the path could not be found in the input"));
  }
}
