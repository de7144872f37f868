package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.model.Expert;
import java.util.Optional;

/** Stores the experts the administrators maintain. */
public interface ExpertRepository {
    /** Stores a new expert; {@code ConflictException} if the id exists. */
    void create(Expert expert);

    Optional<Expert> find(String expertId);

    /**
     * Replaces the expert if the stored version is {@code expert.version() - 1};
     * {@code ConflictException} otherwise.
     */
    void update(Expert expert);

    /** Experts ordered by name, a page at a time. */
    Page<Expert> list(int limit, String cursor);
}
