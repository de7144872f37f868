package com.penultimate.sysops.bench.matching;

import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.ServiceArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Experts spread at a constant density: a square block of 0.5° grid cells (from 30°N 120°W, like the lookup's own
 * grid) sized so each cell holds {@value #PER_CELL} experts whatever the total. More experts cover more land, as a
 * growing service does; the experts near any one ticket stay about as many.
 */
record ExpertLayout(int experts, int cells, int side) {
    static final int PER_CELL = 25;
    static final double CELL_DEGREES = 0.5;
    private static final double SOUTH = 30;
    private static final double WEST = -120;
    private static final List<String> SKILLS = List.of("tv", "audio", "laptop", "phone");

    static ExpertLayout of(int experts) {
        int cells = Math.max(1, experts / PER_CELL);
        return new ExpertLayout(experts, cells, (int) Math.ceil(Math.sqrt(cells)));
    }

    /** Each expert two of four skills, a 15 km service area around home, room for 20 tickets. */
    List<Expert> generate(Random random) {
        List<Expert> all = new ArrayList<>(experts);
        for (int i = 0; i < experts; i++) {
            GeoPoint home = pointIn(i % cells, random);
            all.add(new Expert(String.format(Locale.ROOT, "mx-%06d", i), "Expert " + i,
                    String.format(Locale.ROOT, "+1%010d", 3_000_000_000L + i), "mx" + i + "@sysops.example",
                    Set.of(SKILLS.get(i % 4), SKILLS.get((i + 1) % 4)), home, new ServiceArea(home, 15), 20, true,
                    0, 1));
        }
        return all;
    }

    /** A random point in a random occupied cell. */
    GeoPoint anywhere(Random random) {
        return pointIn(random.nextInt(cells), random);
    }

    private GeoPoint pointIn(int cell, Random random) {
        double lat = SOUTH + (cell / side + random.nextDouble()) * CELL_DEGREES;
        double lon = WEST + (cell % side + random.nextDouble()) * CELL_DEGREES;
        return new GeoPoint(lat, lon);
    }
}
