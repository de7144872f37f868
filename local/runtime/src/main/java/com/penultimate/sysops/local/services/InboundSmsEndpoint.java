package com.penultimate.sysops.local.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.gateway.LocalEndpoint;
import com.penultimate.sysops.local.outbox.Outbox;
import com.penultimate.sysops.local.outbox.OutboxMessage;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code POST /local/sms-inbound {from, body}}: a text message arriving at the system's number, published to the
 * inbound-SMS topic exactly as AWS End User Messaging two-way SMS publishes it: the SNS message is the JSON text
 * {@code {originationNumber, destinationNumber, messageKeyword, messageBody, inboundMessageId,
 * previousPublishedMessageId}}, the last being the id of the latest SMS the system sent to that number.
 */
public final class InboundSmsEndpoint implements LocalEndpoint {
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final int MAX_BODY = 1600;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalTopics topics;
    private final String topicArn;
    private final String destinationNumber;
    private final String keyword;
    private final Outbox outbox;
    private final Clock clock;

    /**
     * @param topicLogicalId    the inbound-SMS topic of the template
     * @param destinationNumber the system's own number, which the texts are sent to
     * @param keyword           the keyword registered for that number
     */
    public InboundSmsEndpoint(LocalTopics topics, String topicLogicalId, String destinationNumber, String keyword,
                              Outbox outbox, Clock clock) {
        this.topics = topics;
        this.topicArn = topics.arn(topicLogicalId);
        this.destinationNumber = destinationNumber;
        this.keyword = keyword;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String path() {
        return "/local/sms-inbound";
    }

    @Override
    public Answer handle(byte[] body) {
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (Exception e) {
            return problem("body must be JSON: {\"from\": \"+13125550101\", \"body\": \"ACCEPT\"}");
        }
        String from = request == null ? "" : request.path("from").asText("");
        String text = request == null ? "" : request.path("body").asText("");
        if (!E164.matcher(from).matches()) {
            return problem("from must be a phone number in E.164 form, e.g. +13125550101");
        }
        if (text.isBlank() || text.length() > MAX_BODY) {
            return problem("body must be 1-" + MAX_BODY + " characters");
        }
        String inboundMessageId = UUID.randomUUID().toString();
        ObjectNode message = json.createObjectNode().put("originationNumber", from)
                .put("destinationNumber", destinationNumber).put("messageKeyword", keyword).put("messageBody", text)
                .put("inboundMessageId", inboundMessageId);
        outbox.latestTo(OutboxMessage.Channel.SMS, from)
                .ifPresent(previous -> message.put("previousPublishedMessageId", previous.messageId()));
        String snsMessageId = UUID.randomUUID().toString();
        int subscribers = topics.deliver(topicArn, snsMessageId, null, message.toString(), Map.of(), clock.instant());
        return new Answer(202, json.createObjectNode().put("messageId", snsMessageId)
                .put("inboundMessageId", inboundMessageId).put("subscribers", subscribers).toString());
    }

    private Answer problem(String detail) {
        return new Answer(400, json.createObjectNode().put("title", "Invalid inbound SMS").put("status", 400)
                .put("detail", detail).toString());
    }
}
