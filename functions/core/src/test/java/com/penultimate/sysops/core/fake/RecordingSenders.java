package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.port.EmailSender;
import com.penultimate.sysops.core.port.ManagerAlerts;
import com.penultimate.sysops.core.port.SmsSender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** SMS, email and manager alerts recorded in order; can be told to fail the next sends. */
public final class RecordingSenders implements SmsSender, EmailSender, ManagerAlerts {
    /** One message sent. */
    public record Sent(String channel, String to, String subject, String text) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    public void failNext(int count) {
        failuresLeft.set(count);
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public String send(String phoneNumber, String text) {
        return record(new Sent("SMS", phoneNumber, null, text));
    }

    @Override
    public String send(String toAddress, String subject, String textBody) {
        return record(new Sent("EMAIL", toAddress, subject, textBody));
    }

    @Override
    public String publish(String subject, String text) {
        return record(new Sent("MANAGERS", "managers", subject, text));
    }

    private String record(Sent message) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("provider unavailable");
        }
        sent.add(message);
        return "msg-" + sent.size();
    }
}
