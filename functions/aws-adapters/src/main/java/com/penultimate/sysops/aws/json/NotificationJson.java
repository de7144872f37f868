package com.penultimate.sysops.aws.json;

import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Notification} as the JSON body of a queue message: {@code {"notificationId", "kind", "ticketId",
 * "recipient", "recipientId"}}. Reading ignores fields it does not know, so a newer writer does not break an
 * older reader; a body without the required fields is refused with {@link IllegalArgumentException}.
 */
public final class NotificationJson {
    private NotificationJson() {
    }

    public static String write(Notification notification) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("notificationId", notification.notificationId());
        fields.put("kind", notification.kind().name());
        fields.put("ticketId", notification.ticketId());
        fields.put("recipient", notification.recipient().name());
        fields.put("recipientId", notification.recipientId());
        return FlatJson.write(fields);
    }

    public static Notification read(String json) {
        Map<String, String> fields = FlatJson.read(json);
        return new Notification(required(fields, "notificationId"),
                NotificationKind.valueOf(required(fields, "kind")),
                required(fields, "ticketId"),
                Notification.Recipient.valueOf(required(fields, "recipient")),
                fields.get("recipientId"));
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("notification lacks " + name);
        }
        return value;
    }
}
