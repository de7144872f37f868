package com.penultimate.sysops.local.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Reads a partial batch response as Lambda does: no answer, an empty answer or an empty
 * {@code batchItemFailures} means every message succeeded; an answer that is not JSON, or an
 * {@code itemIdentifier} that is missing, blank or not a message of the batch, fails the whole batch.
 */
final class BatchItemFailures {
    private final ObjectMapper json;

    BatchItemFailures(ObjectMapper json) {
        this.json = json;
    }

    /** The message ids of the batch that failed. */
    Set<String> failedMessageIds(String answer, List<Message> batch) {
        Set<String> all = batch.stream().map(Message::messageId).collect(Collectors.toSet());
        if (answer == null || answer.isBlank()) {
            return Set.of();
        }
        JsonNode response;
        try {
            response = json.readTree(answer);
        } catch (Exception notJson) {
            return all;
        }
        if (response == null || response.isNull()) {
            return Set.of();
        }
        JsonNode failures = response.path("batchItemFailures");
        if (!response.isObject() || !(failures.isMissingNode() || failures.isNull() || failures.isArray())) {
            return all;
        }
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : failures) {
            String id = failure.path("itemIdentifier").asText("");
            if (!failure.path("itemIdentifier").isTextual() || id.isBlank() || !all.contains(id)) {
                return all;
            }
            failed.add(id);
        }
        return failed;
    }
}
