package com.penultimate.sysops.lambda.logging;

import java.util.function.Supplier;
import org.slf4j.MDC;

/** Puts the ticket id on every log line written while a piece of work runs (the correlation id). */
public final class Correlation {
    public static final String TICKET_ID = "ticketId";

    private Correlation() {
    }

    public static <T> T forTicket(String ticketId, Supplier<T> work) {
        if (ticketId == null) {
            return work.get();
        }
        MDC.put(TICKET_ID, ticketId);
        try {
            return work.get();
        } finally {
            MDC.remove(TICKET_ID);
        }
    }
}
