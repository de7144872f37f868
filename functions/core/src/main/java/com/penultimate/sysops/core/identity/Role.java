package com.penultimate.sysops.core.identity;

import java.util.Locale;
import java.util.Optional;

/** The Cognito groups a caller can belong to. */
public enum Role {
    CUSTOMER, CALLCENTER, EXPERT, ADMIN, MANAGER;

    public String groupName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromGroup(String group) {
        for (Role role : values()) {
            if (role.groupName().equals(group)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
