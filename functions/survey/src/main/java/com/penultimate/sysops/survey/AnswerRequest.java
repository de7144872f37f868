package com.penultimate.sysops.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The customer's answer: a rating from 1 to 5 (required) and comments (optional); checked by the survey. */
@Serdeable
record AnswerRequest(@Nullable Integer rating, @Nullable String comments) {
}
