package com.penultimate.sysops.aws.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.notification.Notification;
import com.penultimate.sysops.core.notification.NotificationKind;
import org.junit.jupiter.api.Test;

class NotificationJsonTest {
    private static final Notification OFFER = new Notification("T1#offer#E1#1", NotificationKind.EXPERT_OFFER, "T1",
            Notification.Recipient.EXPERT, "E1");

    @Test
    void write_namesEveryField() {
        assertThat(NotificationJson.write(OFFER)).isEqualTo("{\"notificationId\":\"T1#offer#E1#1\","
                + "\"kind\":\"EXPERT_OFFER\",\"ticketId\":\"T1\",\"recipient\":\"EXPERT\",\"recipientId\":\"E1\"}");
    }

    @Test
    void read_givesBackEveryKindOfNotification() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (Notification.Recipient recipient : Notification.Recipient.values()) {
                Notification notification = new Notification("id-" + kind, kind, "T\"9", recipient,
                        recipient == Notification.Recipient.MANAGERS ? null : "X1");
                assertThat(NotificationJson.read(NotificationJson.write(notification))).isEqualTo(notification);
            }
        }
    }

    @Test
    void read_ignoresFieldsItDoesNotKnow() {
        assertThat(NotificationJson.read("{\"notificationId\":\"T1#offer#E1#1\",\"kind\":\"EXPERT_OFFER\","
                + "\"ticketId\":\"T1\",\"recipient\":\"EXPERT\",\"recipientId\":\"E1\",\"priority\":2}"))
                .isEqualTo(OFFER);
    }

    @Test
    void read_refusesABodyWithoutARequiredFieldOrWithAnUnknownKind() {
        assertThatThrownBy(() -> NotificationJson.read("{\"kind\":\"EXPERT_OFFER\",\"ticketId\":\"T1\","
                + "\"recipient\":\"EXPERT\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notificationId");
        assertThatThrownBy(() -> NotificationJson.read("{\"notificationId\":\"n\",\"kind\":\"PIZZA\","
                + "\"ticketId\":\"T1\",\"recipient\":\"EXPERT\"}")).isInstanceOf(IllegalArgumentException.class);
    }
}
