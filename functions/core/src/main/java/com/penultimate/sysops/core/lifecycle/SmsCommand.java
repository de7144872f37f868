package com.penultimate.sysops.core.lifecycle;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expert's text message: {@code ACCEPT <ticket>}, {@code DECLINE <ticket> <reason>} or
 * {@code DONE <ticket> <notes>}, in any case, with extra spaces forgiven.
 */
public sealed interface SmsCommand {
    int MAX_LENGTH = 1600;
    Pattern FORM = Pattern.compile("^\\s*(ACCEPT|DECLINE|DONE)\\s+(T[0-9A-Z]{4,24})\\b\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    String ticketId();

    record Accept(String ticketId) implements SmsCommand {
    }

    record Decline(String ticketId, String reason) implements SmsCommand {
    }

    record Done(String ticketId, String notes) implements SmsCommand {
    }

    /** A text that is none of the above; {@code ticketId} is null. */
    record Unrecognised(String ticketId) implements SmsCommand {
    }

    static SmsCommand parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return new Unrecognised(null);
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return new Unrecognised(null);
        }
        String ticketId = m.group(2).toUpperCase(Locale.ROOT);
        String rest = m.group(3).strip();
        return switch (m.group(1).toUpperCase(Locale.ROOT)) {
            case "ACCEPT" -> new Accept(ticketId);
            case "DECLINE" -> new Decline(ticketId, rest.isEmpty() ? "declined by SMS" : rest);
            default -> new Done(ticketId, rest.isEmpty() ? "completed (reported by SMS)" : rest);
        };
    }
}
