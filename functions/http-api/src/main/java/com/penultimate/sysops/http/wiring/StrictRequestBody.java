package com.penultimate.sysops.http.wiring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Mixin for the core's records that clients send: a property the record does not have is refused, never silently
 * dropped, so a client learns that it cannot set a ticket's status or expert, or a customer's id.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
interface StrictRequestBody {
}
