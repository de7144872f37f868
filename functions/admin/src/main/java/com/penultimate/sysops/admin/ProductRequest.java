package com.penultimate.sysops.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/** Body of {@code PUT /admin/products/{code}}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record ProductRequest(String name, Set<String> skills) {
}
