package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import java.util.List;

/**
 * Finds the experts who might serve a place with a skill by a keyed lookup (service-area cell × skill),
 * never by reading every expert. It may return experts who fail other rules; matching checks them all.
 */
public interface ExpertDirectory {
    List<Expert> candidates(GeoPoint location, String skill);
}
