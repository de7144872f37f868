package com.penultimate.sysops.local.schedule;

import com.penultimate.sysops.local.services.LocalArns;

/**
 * A function's {@code Type: Schedule} (an EventBridge rule) or {@code Type: ScheduleV2} (an EventBridge Scheduler
 * schedule) event.
 *
 * @param functionLogicalId the function it invokes
 * @param eventName         the event's name under the function's {@code Events}
 * @param name              the rule's or schedule's name ({@code Name}, else function and event names joined)
 * @param expressionText    the expression as written, e.g. {@code cron(0 2 * * ? *)}
 * @param expression        the parsed expression
 * @param input             the {@code Input} sent instead of the scheduled event; null when none
 * @param enabled           whether it fires on its own
 * @param scheduler         true for EventBridge Scheduler ({@code ScheduleV2})
 */
public record ScheduleSpec(String functionLogicalId, String eventName, String name, String expressionText,
                           ScheduleExpression expression, String input, boolean enabled, boolean scheduler) {

    /** The rule's or schedule's local ARN, as the scheduled event's {@code resources} names it. */
    public String arn() {
        return scheduler ? LocalArns.schedule(name) : LocalArns.rule(name);
    }
}
