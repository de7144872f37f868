package com.penultimate.sysops.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.auth.LocalTokenIssuer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code POST /local/tokens {subject, groups}} → {@code {token}}: a local stand-in for signing in. */
public final class TokenEndpoint implements LocalEndpoint {
    private static final Set<String> GROUPS = Set.of("customer", "callcenter", "expert", "admin", "manager");

    private final ObjectMapper json = new ObjectMapper();
    private final LocalTokenIssuer issuer;

    public TokenEndpoint(LocalTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String path() {
        return "/local/tokens";
    }

    @Override
    public Answer handle(byte[] body) {
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (Exception e) {
            return problem("body must be JSON: {\"subject\": \"...\", \"groups\": [\"customer\"]}");
        }
        String subject = request == null ? "" : request.path("subject").asText("");
        if (subject.isBlank() || subject.length() > 128) {
            return problem("subject is required (1-128 characters)");
        }
        List<String> groups = new ArrayList<>();
        request.path("groups").forEach(g -> groups.add(g.asText()));
        if (groups.isEmpty() || !GROUPS.containsAll(groups)) {
            return problem("groups must name one or more of " + GROUPS);
        }
        String token = issuer.mint(subject, groups, Duration.ofHours(12));
        return new Answer(200, json.createObjectNode().put("token", token).toString());
    }

    private Answer problem(String detail) {
        return new Answer(400, json.createObjectNode().put("title", "Invalid token request").put("status", 400)
                .put("detail", detail).toString());
    }
}
