package com.penultimate.sysops.local.services;

import java.util.ArrayList;
import java.util.List;

/** Every event put on the local EventBridge, in order; thread-safe. Kept for reports and checks. */
public final class PublishedEvents {
    private final List<PublishedEvent> events = new ArrayList<>();

    public synchronized void add(PublishedEvent event) {
        events.add(event);
    }

    public synchronized List<PublishedEvent> all() {
        return List.copyOf(events);
    }
}
