package com.penultimate.sysops.local.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.gateway.LocalEndpoint;

/**
 * {@code GET /local/outbox} → every SMS, email and topic publication sent so far, newest last:
 * {@code [{messageId, channel, to, subject?, body, sentAt}]}.
 */
public final class OutboxEndpoint implements LocalEndpoint {
    private final ObjectMapper json = new ObjectMapper();
    private final Outbox outbox;

    public OutboxEndpoint(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String path() {
        return "/local/outbox";
    }

    @Override
    public Answer handle(byte[] body) {
        ArrayNode all = json.createArrayNode();
        for (OutboxMessage m : outbox.messages()) {
            ObjectNode node = all.addObject().put("messageId", m.messageId()).put("channel", m.channel().name())
                    .put("to", m.to());
            if (m.subject() != null) {
                node.put("subject", m.subject());
            }
            node.put("body", m.body()).put("sentAt", m.sentAt().toString());
        }
        return new Answer(200, all.toString());
    }
}
