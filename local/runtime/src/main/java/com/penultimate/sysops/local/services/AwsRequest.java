package com.penultimate.sysops.local.services;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request to the local AWS endpoint.
 *
 * @param method  the HTTP method
 * @param path    the request path, e.g. {@code /v2/email/outbound-emails}
 * @param headers the headers, names in lower case (first value of each)
 * @param body    the raw body
 */
public record AwsRequest(String method, String path, Map<String, String> headers, byte[] body) {

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The {@code X-Amz-Target} of the JSON protocols, e.g. {@code AWSStepFunctions.StartExecution}; "" if none. */
    public String target() {
        String target = header("X-Amz-Target");
        return target == null ? "" : target;
    }

    public boolean isForm() {
        String type = header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The form parameters of a query-protocol request (the body, form-encoded). */
    public Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : text().split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
