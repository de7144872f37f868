package com.penultimate.sysops.expertapp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the expert did to fix the problem (required; checked by the desk). */
@Serdeable
record CompleteRequest(@Nullable String resolution) {
}
