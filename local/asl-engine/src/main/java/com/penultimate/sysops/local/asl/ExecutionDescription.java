package com.penultimate.sysops.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A snapshot of one execution, shaped like DescribeExecution's answer. {@code output} is set
 * when it succeeded; {@code error} and {@code cause} when it failed, timed out or was aborted.
 */
public record ExecutionDescription(
    String executionArn,
    String stateMachineArn,
    String name,
    ExecutionStatus status,
    JsonNode input,
    JsonNode output,
    String error,
    String cause,
    Instant startDate,
    Instant stopDate) {}
