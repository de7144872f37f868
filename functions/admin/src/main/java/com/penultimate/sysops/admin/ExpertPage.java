package com.penultimate.sysops.admin;

import com.penultimate.sysops.core.model.Expert;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of experts; pass {@code nextCursor} back as {@code cursor} for the next one. */
@Serdeable
record ExpertPage(List<Expert> items, String nextCursor) {
}
