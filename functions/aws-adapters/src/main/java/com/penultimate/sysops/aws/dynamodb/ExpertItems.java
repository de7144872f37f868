package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.ServiceArea;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps an {@link Expert} to its item in the Experts table and back. Every item carries
 * {@code roster = EXPERT}, the partition of the {@code byName} index that lists experts by name, and
 * {@code available} (BOOL), {@code activeTickets} and {@code capacity} (N), which the dispatcher's
 * reservation condition compares.
 */
final class ExpertItems {
    static final String KEY = "expertId";
    static final String ROSTER = "EXPERT";
    /** What an administrator's update writes. */
    private static final List<String> PROFILE = List.of("name", "phone", "email", "skills", "homeLocation",
            "serviceArea", "capacity", "available", "version");

    private ExpertItems() {
    }

    static Map<String, AttributeValue> toItem(Expert expert) {
        ServiceArea area = expert.serviceArea();
        return new ItemBuilder()
                .string(KEY, expert.expertId())
                .string("roster", ROSTER)
                .string("name", expert.name())
                .string("phone", expert.phone())
                .string("email", expert.email())
                .stringSet("skills", expert.skills())
                .geo("homeLocation", expert.homeLocation())
                .map("serviceArea", area == null ? null : new ItemBuilder()
                        .geo("center", area.center())
                        .number("radiusKm", area.radiusKm())
                        .build())
                .number("capacity", expert.capacity())
                .bool("available", expert.available())
                .number("activeTickets", expert.activeTickets())
                .number("version", expert.version())
                .build();
    }

    /** Sets the profile fields and the version (removing absent ones), leaving key, roster and activeTickets. */
    static ItemUpdate profileUpdate(Expert expert) {
        Map<String, AttributeValue> item = toItem(expert);
        ItemUpdate update = new ItemUpdate();
        PROFILE.forEach(attribute -> update.setOrRemove(attribute, item.get(attribute)));
        return update;
    }

    static Expert fromItem(Map<String, AttributeValue> item) {
        ItemReader read = new ItemReader(item);
        ItemReader area = read.map("serviceArea");
        return new Expert(read.string(KEY), read.string("name"), read.string("phone"), read.string("email"),
                read.stringSet("skills"), read.geo("homeLocation"),
                area == null ? null : new ServiceArea(area.geo("center"), area.doubleNumber("radiusKm")),
                read.intNumber("capacity"), read.bool("available"), read.intNumber("activeTickets"),
                read.longNumber("version"));
    }
}
