package com.penultimate.sysops.core.model;

import java.util.Set;

/**
 * A field expert as the administrators maintain them. {@code activeTickets} counts tickets reserved for
 * the expert and not yet completed; it never exceeds {@code capacity}.
 */
public record Expert(
        String expertId,
        String name,
        String phone,
        String email,
        Set<String> skills,
        GeoPoint homeLocation,
        ServiceArea serviceArea,
        int capacity,
        boolean available,
        int activeTickets,
        long version) {

    public Expert {
        skills = Set.copyOf(skills);
    }

    public boolean hasSkill(String skill) {
        return skills.contains(skill);
    }

    public boolean hasFreeCapacity() {
        return activeTickets < capacity;
    }

    /** The administrator's view replaces everything but the live booking count and version. */
    public Expert withProfile(ExpertProfile profile) {
        return new Expert(expertId, profile.name(), profile.phone(), profile.email(), profile.skills(),
                profile.homeLocation(), profile.serviceArea(), profile.capacity(), profile.available(),
                activeTickets, version);
    }
}
