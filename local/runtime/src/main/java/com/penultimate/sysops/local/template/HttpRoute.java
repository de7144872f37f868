package com.penultimate.sysops.local.template;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One HTTP API route, e.g. {@code GET /tickets/{ticketId}}, and whether the JWT authorizer guards it. */
public record HttpRoute(String method, String path, boolean authorized) {
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    public String routeKey() {
        return method + " " + path;
    }

    /** The path parameters when {@code requestPath} matches this route's path template. */
    public Optional<Map<String, String>> match(String requestMethod, String requestPath) {
        if (!method.equalsIgnoreCase(requestMethod)) {
            return Optional.empty();
        }
        String[] template = path.split("/", -1);
        String[] actual = requestPath.split("/", -1);
        if (template.length != actual.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            Matcher variable = VARIABLE.matcher(template[i]);
            if (variable.matches()) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(variable.group(1), URLDecoder.decode(actual[i], StandardCharsets.UTF_8));
            } else if (!template[i].equals(actual[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }
}
