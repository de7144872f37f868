package com.penultimate.sysops.core.reports;

import java.time.Instant;

/**
 * A customer filed a ticket for a product at {@code filedAt}; their previous one for it was filed at
 * {@code previousFiledAt} (null when none), as read when the ticket was counted.
 */
public record RepeatMark(String customerId, String product, Instant previousFiledAt, Instant filedAt) {
}
