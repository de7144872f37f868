package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.CustomerProfile;
import com.penultimate.sysops.core.model.ExpertProfile;
import com.penultimate.sysops.core.model.GeoPoint;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.model.ServiceArea;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/** Ready-made values for tests. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    public static final GeoPoint CHICAGO = new GeoPoint(41.8781, -87.6298);

    private Fixtures() {
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static Caller customer(String id) {
        return new Caller(id, Set.of(Role.CUSTOMER));
    }

    public static Caller caller(String id, Role... roles) {
        return new Caller(id, Set.of(roles));
    }

    public static CustomerProfile profile(String name) {
        return new CustomerProfile(name, name.toLowerCase().replace(' ', '.') + "@example.com", "+13125550100",
                NotificationPreference.EMAIL, new Address("1 Main St", "Chicago", "60601", "US"), CHICAGO);
    }

    public static Product tv() {
        return new Product("TV-OLED55", "55in OLED television", Set.of("tv", "av"));
    }

    public static ExpertProfile expertProfile(String name, String... skills) {
        return new ExpertProfile(name, "+13125550199", "expert@example.com", Set.of(skills), CHICAGO,
                new ServiceArea(CHICAGO, 30), 3, true);
    }
}
