package com.penultimate.sysops.local.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.gateway.LocalEndpoint;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /local/providers {"sms":"down","email":"up"}} switches the local providers (either key may be left
 * out; an empty body changes nothing) and answers their state, e.g. {@code {"sms":"down","email":"up"}}.
 */
public final class ProvidersEndpoint implements LocalEndpoint {
    /** In the order the answer lists them (Map.of would change it from one JVM to the next). */
    private static final Map<String, OutboxMessage.Channel> KEYS = keys();

    private final ObjectMapper json = new ObjectMapper();
    private final Providers providers;

    public ProvidersEndpoint(Providers providers) {
        this.providers = providers;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String path() {
        return "/local/providers";
    }

    @Override
    public Answer handle(byte[] body) throws Exception {
        JsonNode request = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        if (!request.isObject()) {
            return problem("the body is a JSON object such as {\"sms\":\"down\"}");
        }
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) request::fields) {
            OutboxMessage.Channel provider = KEYS.get(field.getKey());
            String state = field.getValue().asText("").toLowerCase(Locale.ROOT);
            if (provider == null || !(state.equals("up") || state.equals("down"))) {
                return problem("keys are sms and email, values up or down");
            }
        }
        request.fields().forEachRemaining(field -> providers.set(KEYS.get(field.getKey()),
                field.getValue().asText().equalsIgnoreCase("up")));
        ObjectNode state = json.createObjectNode();
        KEYS.forEach((key, provider) -> state.put(key, providers.isUp(provider) ? "up" : "down"));
        return new Answer(200, state.toString());
    }

    private static Map<String, OutboxMessage.Channel> keys() {
        Map<String, OutboxMessage.Channel> keys = new LinkedHashMap<>();
        keys.put("sms", OutboxMessage.Channel.SMS);
        keys.put("email", OutboxMessage.Channel.EMAIL);
        return Collections.unmodifiableMap(keys);
    }

    private Answer problem(String detail) {
        return new Answer(400, json.createObjectNode().put("status", 400).put("detail", detail).toString());
    }
}
