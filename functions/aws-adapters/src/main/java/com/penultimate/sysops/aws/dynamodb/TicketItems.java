package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.model.Transition;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a {@link Ticket} to its item in the Tickets table and back. The history is a list of maps inside the
 * item, so a transition and its history entry are one write; {@code createdMonth} feeds the {@code byMonth} index.
 * The dispatch is stored by {@link DispatchItems}.
 */
final class TicketItems {
    static final String KEY = "ticketId";

    private TicketItems() {
    }

    static String createdMonth(Instant createdAt) {
        return YearMonth.from(createdAt.atOffset(ZoneOffset.UTC)).toString();
    }

    static Map<String, AttributeValue> toItem(Ticket ticket) {
        ItemBuilder item = new ItemBuilder()
                .string(KEY, ticket.ticketId())
                .string("customerId", ticket.customerId())
                .string("product", ticket.product())
                .string("description", ticket.description())
                .geo("location", ticket.location())
                .enumName("status", ticket.status())
                .number("version", ticket.version())
                .instant("createdAt", ticket.createdAt())
                .string("createdMonth", createdMonth(ticket.createdAt()))
                .instant("updatedAt", ticket.updatedAt())
                .string("filedBy", ticket.filedBy())
                .list("history", ticket.history().stream().map(TicketItems::transition).toList());
        return DispatchItems.write(ticket.dispatch(), item).build();
    }

    static Ticket fromItem(Map<String, AttributeValue> item) {
        ItemReader read = new ItemReader(item);
        return new Ticket(read.string(KEY), read.string("customerId"), read.string("product"),
                read.string("description"), read.geo("location"), read.enumValue("status", TicketStatus.class),
                read.longNumber("version"), read.instant("createdAt"), read.instant("updatedAt"),
                read.string("filedBy"), DispatchItems.read(read),
                read.maps("history").stream().map(TicketItems::transition).toList());
    }

    private static AttributeValue transition(Transition transition) {
        return AttributeValue.fromM(new ItemBuilder()
                .enumName("from", transition.from())
                .enumName("to", transition.to())
                .instant("at", transition.at())
                .string("by", transition.by())
                .string("reason", transition.reason())
                .build());
    }

    private static Transition transition(ItemReader entry) {
        return new Transition(entry.enumValue("from", TicketStatus.class), entry.enumValue("to", TicketStatus.class),
                entry.instant("at"), entry.string("by"), entry.string("reason"));
    }
}
