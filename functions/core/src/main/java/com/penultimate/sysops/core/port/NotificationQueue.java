package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.notification.Notification;

/** A durable queue of notifications to send (SQS when deployed); at-least-once. */
public interface NotificationQueue {
    void enqueue(Notification notification);
}
