package com.penultimate.sysops.local.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.services.LocalArns;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What a scheduled function receives: its {@code Input} when it has one, else the scheduled event
 * ({@code detail-type: Scheduled Event}, source {@code aws.events} for rules, {@code aws.scheduler} for Scheduler).
 */
final class ScheduledEventJson {
    private final ObjectMapper json = new ObjectMapper();

    String event(ScheduleSpec schedule, Instant time) {
        if (schedule.input() != null) {
            return schedule.input();
        }
        ObjectNode event = json.createObjectNode()
                .put("version", "0")
                .put("id", UUID.randomUUID().toString())
                .put("detail-type", "Scheduled Event")
                .put("source", schedule.scheduler() ? "aws.scheduler" : "aws.events")
                .put("account", LocalArns.ACCOUNT_ID)
                .put("time", time.truncatedTo(ChronoUnit.SECONDS).toString())
                .put("region", LocalArns.REGION);
        event.putArray("resources").add(schedule.arn());
        event.putObject("detail");
        return event.toString();
    }
}
