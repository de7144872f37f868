package com.penultimate.sysops.bench.coldstart;

import java.nio.file.Path;
import java.util.Map;

/**
 * What one cold JVM runs: a handler from a jar, fed one event file, with an environment.
 *
 * @param name        what the report calls it (the function's logical id)
 * @param handler     the handler class
 * @param jar         the jar holding it (the deployable jar, or the Lambda runtime interfaces for the floor)
 * @param event       the event it answers
 * @param environment its environment variables
 */
record ColdSubject(String name, String handler, Path jar, Path event, Map<String, String> environment) {
}
