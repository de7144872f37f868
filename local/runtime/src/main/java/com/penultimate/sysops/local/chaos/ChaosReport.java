package com.penultimate.sysops.local.chaos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chaos run found. Every figure counts a failure of the system's promises and should be 0.
 *
 * @param ticketsLost                 filings the client could not get accepted, or accepted tickets missing from the store
 * @param duplicateTickets            tickets in the store the client never got an id for (a retried filing made two)
 * @param ticketsStuck                tickets not ended (surveyed, escalated, cancelled) when the run gave up on them
 * @param ticketsEscalated            tickets escalated to managers although every expert answered
 * @param expertsOverCapacity         experts holding more tickets than their capacity, or a negative count
 * @param expertsWithLeakedBookings   experts whose booked count differs from the tickets they hold
 * @param ticketsWithTwoExperts       tickets accepted or completed by more than one expert, or twice
 * @param duplicateCustomerMessages   customer SMS or email sent more than once for the same thing
 * @param duplicateCharges            contract periods invoiced or charged more than once
 * @param deadLetters                 messages left in dead-letter queues whose work did not happen otherwise
 * @param checked                     what the audit looked at, so that a 0 above is not a 0 for lack of data
 */
public record ChaosReport(int ticketsLost, int duplicateTickets, int ticketsStuck, int ticketsEscalated,
                          int expertsOverCapacity, int expertsWithLeakedBookings, int ticketsWithTwoExperts,
                          int duplicateCustomerMessages, int duplicateCharges, int deadLetters,
                          Checked checked) {

    /**
     * What the audit looked at.
     *
     * @param ticketsSurveyed     tickets that ended surveyed
     * @param customerMessages    SMS and email sent to the run's customers
     * @param invoices            invoices of the run's customers
     * @param deadLettersSeen     messages found in dead-letter queues (accounted for or not)
     * @param deadLetterNotes     one line per dead letter: its queue, whether it is accounted for and why, its error
     */
    public record Checked(int ticketsSurveyed, int customerMessages, int invoices, int deadLettersSeen,
                          List<String> deadLetterNotes) {
        public Checked {
            deadLetterNotes = List.copyOf(deadLetterNotes);
        }
    }

    /** The figures by name, in order. */
    public Map<String, Integer> figures() {
        Map<String, Integer> figures = new LinkedHashMap<>();
        figures.put("tickets lost", ticketsLost);
        figures.put("duplicate tickets", duplicateTickets);
        figures.put("tickets not ended (stuck)", ticketsStuck);
        figures.put("tickets escalated", ticketsEscalated);
        figures.put("experts over capacity", expertsOverCapacity);
        figures.put("experts with leaked bookings", expertsWithLeakedBookings);
        figures.put("tickets with two experts (or a step done twice)", ticketsWithTwoExperts);
        figures.put("duplicate customer notifications", duplicateCustomerMessages);
        figures.put("duplicate charges", duplicateCharges);
        figures.put("messages left in DLQs unaccounted for", deadLetters);
        return figures;
    }

    /** The sum of every figure: 0 when the system kept every promise. */
    public int total() {
        return figures().values().stream().mapToInt(Integer::intValue).sum();
    }
}
