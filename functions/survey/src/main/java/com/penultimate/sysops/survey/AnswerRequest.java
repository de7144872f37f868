package com.penultimate.sysops.survey;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The customer's answer: a rating from 1 to 5 (required) and comments (optional); checked by the survey. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record AnswerRequest(@Nullable Integer rating, @Nullable String comments) {
}
