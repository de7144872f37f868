package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.ServiceArea;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fixed grid of {@value #SIZE_DEGREES}° × {@value #SIZE_DEGREES}° cells over latitude and longitude. A cell is
 * named by its south-west corner, e.g. {@code 41.5_-88.0}. Every point lies in exactly one cell (the poles in
 * the cells below and above them, longitude 180 in the cell of -180), and {@link #cellsTouching} returns every
 * cell holding a point of the circle, possibly a few more: an extra cell costs a candidate that matching
 * turns away, a missing one would lose an expert.
 */
final class CellGrid {
    static final double SIZE_DEGREES = 0.5;
    private static final int LAT_CELLS = (int) (180 / SIZE_DEGREES);
    private static final int LON_CELLS = (int) (360 / SIZE_DEGREES);
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private CellGrid() {
    }

    static String cellOf(GeoPoint point) {
        return name(latIndex(point.lat()), lonIndex(point.lon()));
    }

    /** The cells a point of the circle may lie in. */
    static Set<String> cellsTouching(ServiceArea area) {
        GeoPoint center = area.center();
        double spanLat = Math.toDegrees(area.radiusKm() / EARTH_RADIUS_KM);
        int south = latIndex(Math.max(-90, center.lat() - spanLat));
        int north = latIndex(Math.min(90, center.lat() + spanLat));
        int west = lonIndex(center.lon()) - LON_CELLS / 2;
        int east = west + LON_CELLS - 1;
        double spanLon = longitudeSpan(center, area.radiusKm(), spanLat);
        if (spanLon < 180) {
            west = (int) Math.floor((center.lon() - spanLon) / SIZE_DEGREES);
            east = (int) Math.floor((center.lon() + spanLon) / SIZE_DEGREES);
        }
        Set<String> cells = new TreeSet<>();
        for (int lat = south; lat <= north; lat++) {
            for (int lon = west; lon <= east; lon++) {
                if (mayTouch(lat, lon, area)) {
                    cells.add(name(lat, Math.floorMod(lon + LON_CELLS / 2, LON_CELLS) - LON_CELLS / 2));
                }
            }
        }
        return cells;
    }

    /** Half the width in degrees of longitude of the circle's bounding box; 180 when it wraps a pole. */
    private static double longitudeSpan(GeoPoint center, double radiusKm, double spanLat) {
        if (Math.abs(center.lat()) + spanLat >= 90) {
            return 180;
        }
        double ratio = Math.sin(radiusKm / EARTH_RADIUS_KM) / Math.cos(Math.toRadians(center.lat()));
        return ratio >= 1 ? 180 : Math.toDegrees(Math.asin(ratio));
    }

    /**
     * False only when no point of the cell can be inside the circle: by the triangle inequality, a cell whose
     * centre is farther from the circle's centre than the radius plus the centre's distance to the cell's
     * farthest corner holds no point of it.
     */
    private static boolean mayTouch(int lat, int lon, ServiceArea area) {
        double south = lat * SIZE_DEGREES;
        double west = lon * SIZE_DEGREES;
        GeoPoint middle = point(south + SIZE_DEGREES / 2, west + SIZE_DEGREES / 2);
        double reach = 0;
        for (double cornerLat : new double[] {south, south + SIZE_DEGREES}) {
            for (double cornerLon : new double[] {west, west + SIZE_DEGREES}) {
                reach = Math.max(reach, middle.distanceKm(point(cornerLat, cornerLon)));
            }
        }
        return area.center().distanceKm(middle) <= area.radiusKm() + reach;
    }

    private static GeoPoint point(double lat, double lon) {
        double wrapped = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        // GeoPoint refuses (0, 0), a real cell corner; a hair away is as good for distances.
        return lat == 0 && wrapped == 0 ? new GeoPoint(1e-9, 0) : new GeoPoint(lat, wrapped);
    }

    private static int latIndex(double lat) {
        return Math.min(LAT_CELLS / 2 - 1, (int) Math.floor(lat / SIZE_DEGREES));
    }

    private static int lonIndex(double lon) {
        return Math.floorMod((int) Math.floor(lon / SIZE_DEGREES) + LON_CELLS / 2, LON_CELLS) - LON_CELLS / 2;
    }

    private static String name(int lat, int lon) {
        return String.format(Locale.ROOT, "%.1f_%.1f", lat * SIZE_DEGREES, lon * SIZE_DEGREES);
    }
}
