package com.penultimate.sysops.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.ServiceArea;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CellGridTest {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    @Test
    void cellOf_namesTheCellByItsSouthWestCorner() {
        assertThat(CellGrid.cellOf(new GeoPoint(41.88, -87.63))).isEqualTo("41.5_-88.0");
        assertThat(CellGrid.cellOf(new GeoPoint(52.52, 13.405))).isEqualTo("52.5_13.0");
        assertThat(CellGrid.cellOf(new GeoPoint(-0.1, -0.1))).isEqualTo("-0.5_-0.5");
        assertThat(CellGrid.cellOf(new GeoPoint(0.5, 0.0))).isEqualTo("0.5_0.0");
    }

    @Test
    void cellOf_putsThePolesAndTheAntimeridianInCellsOfTheGrid() {
        assertThat(CellGrid.cellOf(new GeoPoint(90, 10))).isEqualTo("89.5_10.0");
        assertThat(CellGrid.cellOf(new GeoPoint(-90, 10))).isEqualTo("-90.0_10.0");
        assertThat(CellGrid.cellOf(new GeoPoint(10, 180))).isEqualTo("10.0_-180.0");
        assertThat(CellGrid.cellOf(new GeoPoint(10, -180))).isEqualTo("10.0_-180.0");
    }

    @Test
    void cellsTouching_smallAreaInsideOneCellIsThatCellAlone() {
        ServiceArea area = new ServiceArea(new GeoPoint(41.75, -87.75), 5);

        assertThat(CellGrid.cellsTouching(area)).containsExactly("41.5_-88.0");
    }

    @Test
    void cellsTouching_areaAcrossACornerTouchesTheFourCellsAroundIt() {
        ServiceArea area = new ServiceArea(new GeoPoint(42.0, -88.0), 10);

        assertThat(CellGrid.cellsTouching(area))
                .containsExactlyInAnyOrder("41.5_-88.5", "41.5_-88.0", "42.0_-88.5", "42.0_-88.0");
    }

    @Test
    void cellsTouching_wrapsAroundTheAntimeridian() {
        ServiceArea area = new ServiceArea(new GeoPoint(-17.75, 179.9), 30);

        assertThat(CellGrid.cellsTouching(area)).contains("-18.0_179.5", "-18.0_-180.0")
                .allSatisfy(cell -> assertThat(cell).matches("-?1[78]\\.[05]_(179\\.5|-180\\.0)"));
    }

    @Test
    void cellsTouching_areaAroundAPoleTakesEveryLongitude() {
        Set<String> cells = CellGrid.cellsTouching(new ServiceArea(new GeoPoint(89.9, 10), 20));

        assertThat(cells).hasSize(720).contains("89.5_-180.0", "89.5_179.5");
    }

    @Test
    void cellsTouching_largestAreaStaysWithinItsBoundingRows() {
        Set<String> cells = CellGrid.cellsTouching(new ServiceArea(new GeoPoint(41.88, -87.63), 500));

        assertThat(cells).hasSizeBetween(300, 500);
        assertThat(cells).allSatisfy(cell -> {
            double lat = Double.parseDouble(cell.substring(0, cell.indexOf('_')));
            assertThat(lat).isBetween(41.88 - 5.0, 41.88 + 4.6);
        });
    }

    @Test
    void cellsTouching_holdsTheCellOfEveryPointInTheArea() {
        Random random = new Random(20271123);
        for (int area = 0; area < 300; area++) {
            GeoPoint center = new GeoPoint(random.nextDouble() * 178 - 89, random.nextDouble() * 360 - 180);
            double radiusKm = 1 + random.nextDouble() * 499;
            Set<String> cells = CellGrid.cellsTouching(new ServiceArea(center, radiusKm));
            for (int point = 0; point < 200; point++) {
                // Mostly on the rim, where a cell is easiest to miss.
                double distance = radiusKm * (point % 4 == 0 ? random.nextDouble() : 0.9999);
                GeoPoint inside = destination(center, distance, random.nextDouble() * 2 * Math.PI);
                assertThat(cells).as("%s within %.1f km of %s", inside, radiusKm, center)
                        .contains(CellGrid.cellOf(inside));
            }
        }
    }

    /** The point {@code distanceKm} from {@code start} on the initial bearing (radians). */
    private static GeoPoint destination(GeoPoint start, double distanceKm, double bearing) {
        double angle = distanceKm / EARTH_RADIUS_KM;
        double lat1 = Math.toRadians(start.lat());
        double lon1 = Math.toRadians(start.lon());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle)
                + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
        double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1),
                Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
        double lon = Math.toDegrees(lon2);
        lon = ((lon + 540) % 360) - 180;
        return new GeoPoint(Math.toDegrees(lat2), lon);
    }
}
