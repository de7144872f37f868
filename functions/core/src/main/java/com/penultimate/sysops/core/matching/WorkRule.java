package com.penultimate.sysops.core.matching;

/** The hard filters an expert must pass to be offered a ticket (DESIGN.md §5). */
public enum WorkRule {
    /** Has every skill the ticket's product needs. */
    HAS_SKILLS,
    /** The ticket's location lies inside the expert's service area. */
    IN_SERVICE_AREA,
    /** Marked available by the administrators. */
    AVAILABLE,
    /** Holds fewer tickets than their capacity. */
    BELOW_CAPACITY,
    /** Has not declined or let this ticket's offer time out before. */
    NOT_EXCLUDED
}
