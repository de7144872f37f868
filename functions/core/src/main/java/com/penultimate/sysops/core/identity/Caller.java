package com.penultimate.sysops.core.identity;

import com.penultimate.sysops.core.error.ForbiddenException;
import java.util.Arrays;
import java.util.Set;

/** The authenticated user behind a request: their subject (user id) and groups. */
public record Caller(String subject, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Throws {@link ForbiddenException} unless the caller holds one of the roles. */
    public void require(Role... wanted) {
        if (!hasAny(wanted)) {
            throw new ForbiddenException("requires one of the roles " + Arrays.toString(wanted));
        }
    }
}
