package com.penultimate.sysops.local.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * EventBridge on the local AWS endpoint, in its JSON 1.1 protocol: {@code PutEvents} records each valid entry
 * in {@link PublishedEvents}; an entry without Source, DetailType or a JSON-object Detail fails on its own,
 * with EventBridge's per-entry error codes. Rules and targets are not evaluated locally.
 */
public final class EventBridgeApi implements AwsApi {
    private static final String PUT_EVENTS = "AWSEvents.PutEvents";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final ObjectMapper json = new ObjectMapper();
    private final PublishedEvents events;
    private final Clock clock;

    public EventBridgeApi(PublishedEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean accepts(AwsRequest request) {
        return request.target().startsWith("AWSEvents.");
    }

    @Override
    public AwsResponse handle(AwsRequest request) throws Exception {
        if (!request.target().equals(PUT_EVENTS)) {
            throw AwsError.badRequest("UnknownOperationException", request.target() + " is not supported locally");
        }
        JsonNode entries = json.readTree(request.body()).path("Entries");
        if (!entries.isArray() || entries.isEmpty() || entries.size() > 10) {
            throw AwsError.badRequest("ValidationException", "Entries must hold 1 to 10 events");
        }
        ObjectNode out = json.createObjectNode();
        ArrayNode results = json.createArrayNode();
        int failed = 0;
        for (JsonNode entry : entries) {
            String problem = problem(entry);
            if (problem != null) {
                failed++;
                results.addObject().put("ErrorCode", problem.startsWith("Detail") ? "MalformedDetail" : "InvalidArgument")
                        .put("ErrorMessage", problem);
                continue;
            }
            String id = UUID.randomUUID().toString();
            List<String> resources = new ArrayList<>();
            entry.path("Resources").forEach(r -> resources.add(r.asText()));
            Instant time = entry.has("Time") ? Instant.ofEpochMilli((long) (entry.get("Time").asDouble() * 1000))
                    : clock.instant();
            events.add(new PublishedEvent(id, entry.path("EventBusName").asText("default"),
                    entry.get("Source").asText(), entry.get("DetailType").asText(), entry.get("Detail").asText(),
                    resources, time));
            results.addObject().put("EventId", id);
        }
        out.put("FailedEntryCount", failed).set("Entries", results);
        return AwsResponse.of(200, CONTENT_TYPE, out.toString());
    }

    @Override
    public AwsResponse error(AwsError error) {
        return AwsResponse.jsonError(CONTENT_TYPE, error);
    }

    private String problem(JsonNode entry) {
        for (String field : List.of("Source", "DetailType", "Detail")) {
            if (entry.path(field).asText("").isBlank()) {
                return "Parameter " + field + " is not valid. Reason: " + field + " is a required argument.";
            }
        }
        try {
            if (!json.readTree(entry.get("Detail").asText()).isObject()) {
                return "Detail is not a JSON object.";
            }
        } catch (Exception e) {
            return "Detail is malformed.";
        }
        return null;
    }
}
