package com.penultimate.sysops.local.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Every SMS, email and topic publication the local stand-ins accepted, in the order they accepted them. Safe to
 * use from any thread; readers get snapshots.
 */
public final class Outbox {
    private final Clock clock;
    private final List<OutboxMessage> messages = new ArrayList<>();
    private final Providers providers = new Providers();

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    /** The switch for the SMS and email providers behind this outbox. */
    public Providers providers() {
        return providers;
    }

    /** Records a message with a fresh message id; returns it. */
    public OutboxMessage record(OutboxMessage.Channel channel, String to, String subject, String body) {
        return record(UUID.randomUUID().toString(), channel, to, subject, body);
    }

    /** Records a message under the id its service gave it (one email to several recipients shares one). */
    public OutboxMessage record(String messageId, OutboxMessage.Channel channel, String to, String subject,
                                String body) {
        OutboxMessage message = new OutboxMessage(messageId, channel, to, subject, body, clock.instant());
        synchronized (messages) {
            messages.add(message);
            messages.notifyAll();
        }
        return message;
    }

    /** Every message so far, oldest first. */
    public List<OutboxMessage> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** The newest message sent on {@code channel} to {@code to}. */
    public Optional<OutboxMessage> latestTo(OutboxMessage.Channel channel, String to) {
        List<OutboxMessage> all = messages();
        for (int i = all.size() - 1; i >= 0; i--) {
            OutboxMessage m = all.get(i);
            if (m.channel() == channel && m.to().equals(to)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Waits until the messages satisfy {@code condition} or {@code timeout} passes; returns whether they do.
     * For tests and checks that wait on the system's output instead of sleeping.
     */
    public boolean await(Predicate<List<OutboxMessage>> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (messages) {
            while (!condition.test(List.copyOf(messages))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                messages.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
            return true;
        }
    }
}
