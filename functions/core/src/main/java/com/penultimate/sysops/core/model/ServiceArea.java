package com.penultimate.sysops.core.model;

/** The circle an expert travels within. */
public record ServiceArea(GeoPoint center, double radiusKm) {

    public boolean contains(GeoPoint point) {
        return center.distanceKm(point) <= radiusKm;
    }
}
