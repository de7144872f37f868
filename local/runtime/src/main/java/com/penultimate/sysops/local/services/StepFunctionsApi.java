package com.penultimate.sysops.local.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.asl.EngineRequestException;
import com.penultimate.sysops.local.asl.ExecutionDescription;
import com.penultimate.sysops.local.asl.WorkflowEngine;
import java.time.Instant;

/**
 * Step Functions on the local AWS endpoint, in its JSON 1.0 protocol ({@code X-Amz-Target: AWSStepFunctions.*}),
 * backed by the local workflow engine: StartExecution, DescribeExecution, ListExecutions, StopExecution and
 * SendTaskSuccess / SendTaskFailure / SendTaskHeartbeat. The engine's refusals keep their Step Functions error
 * codes, so the SDK throws e.g. {@code ExecutionAlreadyExistsException} or {@code TaskTimedOutException}.
 */
public final class StepFunctionsApi implements AwsApi {
    private static final String PREFIX = "AWSStepFunctions.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final ObjectMapper json = new ObjectMapper();
    private final WorkflowEngine engine;

    public StepFunctionsApi(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public boolean accepts(AwsRequest request) {
        return request.target().startsWith(PREFIX);
    }

    @Override
    public AwsResponse handle(AwsRequest request) throws Exception {
        JsonNode in = json.readTree(request.body());
        String operation = request.target().substring(PREFIX.length());
        ObjectNode out = json.createObjectNode();
        try {
            switch (operation) {
                case "StartExecution" -> {
                    ExecutionDescription started = engine.start(required(in, "stateMachineArn"),
                            in.path("name").asText(null), in.path("input").asText(null));
                    out.put("executionArn", started.executionArn()).put("startDate", seconds(started.startDate()));
                }
                case "DescribeExecution" -> describe(engine.describe(required(in, "executionArn")), out);
                case "ListExecutions" -> list(in, out);
                case "StopExecution" -> {
                    ExecutionDescription stopped = engine.stop(required(in, "executionArn"),
                            in.path("error").asText(null), in.path("cause").asText(null));
                    out.put("stopDate", seconds(stopped.stopDate() == null ? Instant.now() : stopped.stopDate()));
                }
                case "SendTaskSuccess" -> engine.sendTaskSuccess(required(in, "taskToken"), required(in, "output"));
                case "SendTaskFailure" -> engine.sendTaskFailure(required(in, "taskToken"),
                        in.path("error").asText(null), in.path("cause").asText(null));
                case "SendTaskHeartbeat" -> engine.sendTaskHeartbeat(required(in, "taskToken"));
                default -> throw AwsError.badRequest("UnknownOperationException",
                        "Step Functions " + operation + " is not supported locally");
            }
        } catch (EngineRequestException e) {
            int status = e instanceof EngineRequestException.ShuttingDown ? 503 : 400;
            throw new AwsError(status, e.errorCode(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw AwsError.badRequest("InvalidArn", e.getMessage());
        }
        return AwsResponse.of(200, CONTENT_TYPE, out.toString());
    }

    @Override
    public AwsResponse error(AwsError error) {
        return AwsResponse.jsonError(CONTENT_TYPE, error);
    }

    private void describe(ExecutionDescription d, ObjectNode out) {
        out.put("executionArn", d.executionArn()).put("stateMachineArn", d.stateMachineArn()).put("name", d.name())
                .put("status", d.status().name()).put("startDate", seconds(d.startDate()))
                .put("input", d.input().toString());
        out.putObject("inputDetails").put("included", true);
        if (d.stopDate() != null) {
            out.put("stopDate", seconds(d.stopDate()));
        }
        if (d.output() != null) {
            out.put("output", d.output().toString());
            out.putObject("outputDetails").put("included", true);
        }
        if (d.error() != null) {
            out.put("error", d.error());
        }
        if (d.cause() != null) {
            out.put("cause", d.cause());
        }
    }

    private void list(JsonNode in, ObjectNode out) {
        String status = in.path("statusFilter").asText(null);
        ArrayNode executions = out.putArray("executions");
        for (ExecutionDescription d : engine.listExecutions(required(in, "stateMachineArn"))) {
            if (status == null || status.equals(d.status().name())) {
                ObjectNode e = executions.addObject().put("executionArn", d.executionArn())
                        .put("stateMachineArn", d.stateMachineArn()).put("name", d.name())
                        .put("status", d.status().name()).put("startDate", seconds(d.startDate()));
                if (d.stopDate() != null) {
                    e.put("stopDate", seconds(d.stopDate()));
                }
            }
        }
    }

    private static String required(JsonNode in, String field) {
        JsonNode value = in.path(field);
        if (!value.isTextual()) {
            throw AwsError.badRequest("ValidationException", field + " is required");
        }
        return value.asText();
    }

    /** Timestamps in the JSON protocols are epoch seconds. */
    private static double seconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }
}
