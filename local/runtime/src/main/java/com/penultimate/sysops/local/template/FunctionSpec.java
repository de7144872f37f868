package com.penultimate.sysops.local.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A function of the template as the local runtime needs it.
 *
 * @param logicalId   the resource's logical id, e.g. {@code TicketIntakeFunction}
 * @param name        its deployed name with the local stage, e.g. {@code sysops-ticket-intake-local}
 * @param handler     the handler class
 * @param codeUri     the deployable jar
 * @param environment its environment variables, Globals merged, intrinsics resolved
 * @param routes      the HTTP API routes it serves
 * @param timeoutSeconds its timeout
 */
public record FunctionSpec(String logicalId, String name, String handler, Path codeUri,
                           Map<String, String> environment, List<HttpRoute> routes, int timeoutSeconds) {
}
