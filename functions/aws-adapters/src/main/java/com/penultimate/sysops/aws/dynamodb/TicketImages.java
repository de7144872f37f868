package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Ticket;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads a ticket from an image of its item, as the Tickets table's stream delivers it. */
public final class TicketImages {
    private TicketImages() {
    }

    /** The ticket an image holds; {@link IllegalArgumentException} when it is not a stored ticket. */
    public static Ticket ticket(Map<String, AttributeValue> image) {
        try {
            return TicketItems.fromItem(image);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a ticket item: " + e.getClass().getSimpleName(), e);
        }
    }
}
