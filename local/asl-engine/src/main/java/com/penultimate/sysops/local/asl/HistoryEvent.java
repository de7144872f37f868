package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One entry of an execution's history. {@code stateName} is null for execution-level events;
 * {@code details} holds what the event is about (input, output, resource, error and cause).
 */
public record HistoryEvent(long id, HistoryEventType type, Instant timestamp, String stateName, JsonNode details) {}
