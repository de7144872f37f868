package com.penultimate.sysops.core.survey;

import java.time.Instant;

/**
 * The survey of one completed ticket, and its answer once given. {@code nonce} goes into the signed link and
 * makes it single-use: the answer is stored only while the survey is open and the link's nonce is this one.
 *
 * @param area     where the job was done, for reports (the customer's city and country)
 * @param rating   1..5 once answered, else null
 * @param endedAt  when it was answered or closed, else null
 */
public record Survey(
        String ticketId,
        String customerId,
        String expertId,
        String product,
        String area,
        String nonce,
        Instant sentAt,
        Instant expiresAt,
        SurveyStatus status,
        Integer rating,
        String comments,
        Instant endedAt) {

    /** A new open survey. */
    public static Survey open(String ticketId, String customerId, String expertId, String product, String area,
                              String nonce, Instant sentAt, Instant expiresAt) {
        return new Survey(ticketId, customerId, expertId, product, area, nonce, sentAt, expiresAt, SurveyStatus.OPEN,
                null, null, null);
    }

    /** The same survey answered. */
    public Survey answered(int rating, String comments, Instant at) {
        return new Survey(ticketId, customerId, expertId, product, area, nonce, sentAt, expiresAt,
                SurveyStatus.ANSWERED, rating, comments, at);
    }

    /** What the link carries for this survey. */
    public SurveyClaim claim() {
        return new SurveyClaim(ticketId, expiresAt, nonce);
    }

    public boolean isOpen() {
        return status == SurveyStatus.OPEN;
    }
}
