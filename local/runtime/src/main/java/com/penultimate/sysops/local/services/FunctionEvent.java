package com.penultimate.sysops.local.services;

import java.util.Map;

/**
 * One entry of a function's {@code Events} in the template, e.g. an SQS or Schedule event source.
 *
 * @param functionLogicalId the function's logical id
 * @param eventName         the event's key under {@code Events}
 * @param type              its {@code Type}, e.g. {@code SQS}
 * @param properties        its {@code Properties}, intrinsics unresolved
 */
public record FunctionEvent(String functionLogicalId, String eventName, String type, Map<String, Object> properties) {
}
