package com.penultimate.sysops.expertapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Why the expert turns the offer down (required; checked by the desk). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record DeclineRequest(@Nullable String reason) {
}
