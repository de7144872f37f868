package com.penultimate.sysops.local.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.outbox.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * SES v2 on the local AWS endpoint, in its REST-JSON protocol: {@code SendEmail} with simple content
 * ({@code POST /v2/email/outbound-emails}) records one outbox email per recipient (To, Cc and Bcc), all under
 * the one message id SES answers with. Raw and templated content, and every other operation, are refused.
 */
public final class SesV2Api implements AwsApi {
    private static final String SEND_EMAIL = "/v2/email/outbound-emails";

    private final ObjectMapper json = new ObjectMapper();
    private final Outbox outbox;

    public SesV2Api(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean accepts(AwsRequest request) {
        return request.path().startsWith("/v2/email/");
    }

    @Override
    public AwsResponse handle(AwsRequest request) throws Exception {
        if (!request.method().equals("POST") || !request.path().equals(SEND_EMAIL)) {
            throw AwsError.badRequest("UnknownOperationException", "SES v2 " + request.method() + " "
                    + request.path() + " is not supported locally; only SendEmail is");
        }
        JsonNode email = json.readTree(request.body());
        JsonNode simple = email.path("Content").path("Simple");
        if (!simple.isObject()) {
            throw badRequest("Content.Simple is required (raw and templated emails are not supported locally)");
        }
        if (email.path("FromEmailAddress").asText("").isBlank()) {
            throw badRequest("FromEmailAddress is required");
        }
        String subject = simple.path("Subject").path("Data").asText(null);
        JsonNode body = simple.path("Body");
        String text = body.path("Text").path("Data").asText(body.path("Html").path("Data").asText(null));
        if (subject == null || text == null) {
            throw badRequest("Content.Simple needs Subject.Data and Body.Text.Data or Body.Html.Data");
        }
        List<String> recipients = new ArrayList<>();
        JsonNode destination = email.path("Destination");
        for (String field : List.of("ToAddresses", "CcAddresses", "BccAddresses")) {
            destination.path(field).forEach(address -> recipients.add(address.asText()));
        }
        if (recipients.isEmpty()) {
            throw badRequest("Destination needs at least one address");
        }
        if (!outbox.providers().isUp(OutboxMessage.Channel.EMAIL)) {
            throw new AwsError(500, "InternalFailure", "The email provider is unavailable");
        }
        String messageId = UUID.randomUUID().toString();
        recipients.forEach(to -> outbox.record(messageId, OutboxMessage.Channel.EMAIL, to, subject, text));
        return AwsResponse.of(200, "application/json", json.createObjectNode().put("MessageId", messageId).toString());
    }

    @Override
    public AwsResponse error(AwsError error) {
        return AwsResponse.jsonError("application/json", error);
    }

    private static AwsError badRequest(String message) {
        return AwsError.badRequest("BadRequestException", message);
    }
}
