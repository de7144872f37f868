package com.penultimate.sysops.core.survey;

import java.time.Instant;

/** What a survey link says, once its signature is checked: which ticket, until when, and its single-use nonce. */
public record SurveyClaim(String ticketId, Instant expiresAt, String nonce) {
}
