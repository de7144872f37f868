package com.penultimate.sysops.survey;

import com.penultimate.sysops.core.survey.Survey;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** What the customer sees once their answer is stored. */
@Serdeable
record SurveyReceipt(String ticketId, String status, int rating, Instant answeredAt, String message) {

    static SurveyReceipt of(Survey answered) {
        return new SurveyReceipt(answered.ticketId(), answered.status().name(), answered.rating(),
                answered.endedAt(), "Thank you for your answer.");
    }
}
