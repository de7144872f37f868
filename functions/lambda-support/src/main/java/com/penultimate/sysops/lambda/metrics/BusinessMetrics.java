package com.penultimate.sysops.lambda.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A function's business metrics (tickets filed, time to offer, matches with no candidate, escalations,
 * notification failures), each written as one Embedded Metric Format line under {@value #NAMESPACE} with the
 * function's {@code Service} dimension. No CloudWatch call is made: Lambda's log shipping does the work.
 */
public final class BusinessMetrics {
    public static final String NAMESPACE = "SysopsSquad";
    public static final String TICKETS_FILED = "TicketsFiled";
    public static final String TIME_TO_OFFER = "TimeToOffer";
    public static final String NO_CANDIDATE = "MatchesWithNoCandidate";
    public static final String ESCALATIONS = "Escalations";
    public static final String NOTIFICATION_FAILURES = "NotificationFailures";

    private final String service;
    private final MetricsSink sink;
    private final Clock clock;

    public BusinessMetrics(String service, MetricsSink sink, Clock clock) {
        this.service = service;
        this.sink = sink;
        this.clock = clock;
    }

    /** Counts one occurrence, with the ticket it concerns as a searchable property. */
    public void count(String name, String ticketId) {
        write(name, "Count", 1, ticketId);
    }

    /** Records how long something took, in milliseconds. */
    public void duration(String name, Duration took, String ticketId) {
        write(name, "Milliseconds", took.toMillis(), ticketId);
    }

    private void write(String name, String unit, double value, String ticketId) {
        Map<String, String> properties = ticketId == null ? Map.of() : Map.of("ticketId", ticketId);
        sink.write(new EmfLine(NAMESPACE, service, name, unit, value, clock.instant(), properties).toJson());
    }
}
