package com.penultimate.sysops.core.model;

import com.penultimate.sysops.core.error.InvalidInputException;

/**
 * A point on the earth in decimal degrees; always within range. (0, 0) — "Null Island" in the Gulf of
 * Guinea — is refused: no customer lives there, and it is what a client that forgot the fields sends.
 */
public record GeoPoint(double lat, double lon) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (Double.isNaN(lat) || lat < -90 || lat > 90) {
            throw InvalidInputException.of("lat", "must be between -90 and 90");
        }
        if (Double.isNaN(lon) || lon < -180 || lon > 180) {
            throw InvalidInputException.of("lon", "must be between -180 and 180");
        }
        if (lat == 0 && lon == 0) {
            throw InvalidInputException.of("lat", "and lon are required (0, 0 is not a service location)");
        }
    }

    /** Great-circle (haversine) distance in kilometres. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
