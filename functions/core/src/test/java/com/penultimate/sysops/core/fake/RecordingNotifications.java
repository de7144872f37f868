package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.port.NotificationQueue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link NotificationQueue} that keeps what was enqueued, for assertions. */
public final class RecordingNotifications implements NotificationQueue {
    private final List<Notification> enqueued = new CopyOnWriteArrayList<>();

    @Override
    public void enqueue(Notification notification) {
        enqueued.add(notification);
    }

    public List<Notification> enqueued() {
        return List.copyOf(enqueued);
    }
}
