package com.penultimate.sysops.expertapp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Why the expert turns the offer down (required; checked by the desk). */
@Serdeable
record DeclineRequest(@Nullable String reason) {
}
