package com.penultimate.sysops.core.usecase;

import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.ExpertProfile;
import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.Page;
import com.penultimate.sysops.core.port.ProductRepository;
import java.util.List;

/** What administrators maintain: the product catalogue and the experts. */
public final class Administration {
    private static final int MAX_CAPACITY = 20;
    private static final double MAX_RADIUS_KM = 500;

    private final ProductRepository products;
    private final ExpertRepository experts;

    public Administration(ProductRepository products, ExpertRepository experts) {
        this.products = products;
        this.experts = experts;
    }

    public Product putProduct(Caller caller, Product product) {
        caller.require(Role.ADMIN);
        new Checks().code("code", product.code()).text("name", product.name(), 200)
                .codes("skills", product.skills() == null ? null : List.copyOf(product.skills()), 20).orThrow();
        products.put(product);
        return product;
    }

    public List<Product> products(Caller caller) {
        caller.require(Role.ADMIN, Role.MANAGER, Role.CALLCENTER, Role.CUSTOMER, Role.EXPERT);
        return products.all();
    }

    public Expert createExpert(Caller caller, String expertId, ExpertProfile profile) {
        caller.require(Role.ADMIN);
        new Checks().code("expertId", expertId).orThrow();
        check(profile);
        Expert expert = new Expert(expertId, profile.name(), profile.phone(), profile.email(), profile.skills(),
                profile.homeLocation(), profile.serviceArea(), profile.capacity(), profile.available(), 0, 1);
        experts.create(expert);
        return expert;
    }

    public Expert expert(Caller caller, String expertId) {
        caller.require(Role.ADMIN);
        return experts.find(expertId).orElseThrow(() -> new NotFoundException("no expert " + expertId));
    }

    public Expert updateExpert(Caller caller, String expertId, ExpertProfile profile) {
        caller.require(Role.ADMIN);
        check(profile);
        Expert current = expert(caller, expertId);
        Expert updated = current.withProfile(profile);
        Expert next = new Expert(updated.expertId(), updated.name(), updated.phone(), updated.email(),
                updated.skills(), updated.homeLocation(), updated.serviceArea(), updated.capacity(),
                updated.available(), updated.activeTickets(), current.version() + 1);
        experts.update(next);
        return next;
    }

    public Page<Expert> experts(Caller caller, int limit, String cursor) {
        caller.require(Role.ADMIN);
        return experts.list(Math.max(1, Math.min(limit, 100)), cursor);
    }

    private void check(ExpertProfile profile) {
        if (profile == null) {
            throw InvalidInputException.of("body", "is required");
        }
        Checks checks = new Checks().text("name", profile.name(), 200).phone("phone", profile.phone())
                .email("email", profile.email())
                .codes("skills", profile.skills() == null ? null : List.copyOf(profile.skills()), 30)
                .present("homeLocation", profile.homeLocation()).present("serviceArea", profile.serviceArea())
                .that(profile.capacity() >= 1 && profile.capacity() <= MAX_CAPACITY, "capacity",
                        "must be between 1 and " + MAX_CAPACITY);
        if (profile.serviceArea() != null) {
            checks.present("serviceArea.center", profile.serviceArea().center())
                    .that(profile.serviceArea().radiusKm() > 0 && profile.serviceArea().radiusKm() <= MAX_RADIUS_KM,
                            "serviceArea.radiusKm", "must be above 0 and at most " + MAX_RADIUS_KM);
        }
        checks.orThrow();
    }
}
