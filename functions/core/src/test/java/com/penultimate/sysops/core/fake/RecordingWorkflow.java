package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.port.TaskTokenExpiredException;
import com.penultimate.sysops.core.port.TicketWorkflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link TicketWorkflow} that records starts and answers; tokens can be made to expire. */
public final class RecordingWorkflow implements TicketWorkflow {
    private final Set<String> started = new HashSet<>();
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final Set<String> expired = new HashSet<>();
    private final List<String> failures = new ArrayList<>();

    @Override
    public synchronized boolean start(String ticketId) {
        return started.add(ticketId);
    }

    @Override
    public synchronized void succeed(String taskToken, String resultJson) {
        if (expired.contains(taskToken) || answers.containsKey(taskToken)) {
            throw new TaskTokenExpiredException("token " + taskToken + " no longer waits", null);
        }
        answers.put(taskToken, resultJson);
    }

    @Override
    public synchronized void fail(String taskToken, String error, String cause) {
        failures.add(taskToken + ":" + error);
    }

    public synchronized void expire(String taskToken) {
        expired.add(taskToken);
    }

    public synchronized Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    public synchronized Set<String> started() {
        return Set.copyOf(started);
    }
}
