package com.penultimate.sysops.admin;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Set;

/** Body of {@code PUT /admin/products/{code}}. */
@Serdeable
record ProductRequest(String name, Set<String> skills) {
}
