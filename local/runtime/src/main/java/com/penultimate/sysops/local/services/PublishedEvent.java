package com.penultimate.sysops.local.services;

import java.time.Instant;
import java.util.List;

/**
 * An event a function put on an EventBridge bus.
 *
 * @param eventId      the id EventBridge answered with
 * @param eventBusName the bus ({@code default} unless named)
 * @param source       its {@code Source}
 * @param detailType   its {@code DetailType}
 * @param detail       its {@code Detail}, a JSON object as text
 * @param resources    its {@code Resources}
 * @param time         its {@code Time}, or when it was put
 */
public record PublishedEvent(String eventId, String eventBusName, String source, String detailType, String detail,
                             List<String> resources, Instant time) {
}
