package com.penultimate.sysops.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.penultimate.sysops.core.model.ExpertProfile;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.ServiceArea;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/**
 * Body of {@code POST /admin/experts}: the expert's id (their user {@code sub}) and profile; also of
 * {@code PUT /admin/experts/{expertId}}, where the id may be left out.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record NewExpertRequest(String expertId, String name, String phone, String email, Set<String> skills,
                        GeoPoint homeLocation, ServiceArea serviceArea, int capacity, boolean available) {

    ExpertProfile profile() {
        return new ExpertProfile(name, phone, email, skills, homeLocation, serviceArea, capacity, available);
    }
}
