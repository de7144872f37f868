package com.penultimate.sysops.core.model;

import java.util.Set;

/** What an administrator enters for an expert. */
public record ExpertProfile(
        String name,
        String phone,
        String email,
        Set<String> skills,
        GeoPoint homeLocation,
        ServiceArea serviceArea,
        int capacity,
        boolean available) {
}
