package com.penultimate.sysops.core.reports;

import com.penultimate.sysops.core.model.TicketStatus;
import java.util.Map;

/**
 * What counting a ticket's new history entries adds to the reporting store, applied all together or not at all,
 * and only if the ticket's progress is still {@code appliedBefore}: a record delivered twice counts once.
 *
 * @param increments   counter additions
 * @param openChanges  how many more (or fewer) tickets are open in each status now
 * @param repeat       the customer's latest filing for the product, when this update files the ticket; else null
 */
public record ReportUpdate(TicketProfile profile, int appliedBefore, int appliedAfter,
                           Map<DayCounter, Long> increments, Map<TicketStatus, Long> openChanges, RepeatMark repeat) {
    public ReportUpdate {
        increments = Map.copyOf(increments);
        openChanges = Map.copyOf(openChanges);
    }
}
