package com.penultimate.sysops.core.model;

/** A postal address where an expert is sent. */
public record Address(String line1, String city, String postalCode, String country) {
}
