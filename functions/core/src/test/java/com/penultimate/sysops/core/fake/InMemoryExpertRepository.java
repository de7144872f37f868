package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** An {@link ExpertRepository} in a map with the same version rules as the real one. */
public final class InMemoryExpertRepository implements ExpertRepository {
    private final ConcurrentMap<String, Expert> byId = new ConcurrentHashMap<>();

    @Override
    public void create(Expert expert) {
        if (byId.putIfAbsent(expert.expertId(), expert) != null) {
            throw new ConflictException("expert " + expert.expertId() + " exists");
        }
    }

    @Override
    public Optional<Expert> find(String expertId) {
        return Optional.ofNullable(byId.get(expertId));
    }

    @Override
    public void update(Expert expert) {
        Expert replaced = byId.computeIfPresent(expert.expertId(),
                (id, current) -> current.version() == expert.version() - 1 ? expert : current);
        if (replaced != expert) {
            throw new ConflictException("expert " + expert.expertId() + " was changed by someone else");
        }
    }

    /** Changes an expert's booked-ticket count without touching their version, as the atomic counter does. */
    void replaceLoad(String expertId, int delta) {
        byId.computeIfPresent(expertId, (id, e) -> new Expert(e.expertId(), e.name(), e.phone(), e.email(), e.skills(),
                e.homeLocation(), e.serviceArea(), e.capacity(), e.available(), e.activeTickets() + delta, e.version()));
    }

    @Override
    public Page<Expert> list(int limit, String cursor) {
        List<Expert> sorted = byId.values().stream()
                .sorted(Comparator.comparing(Expert::name).thenComparing(Expert::expertId)).toList();
        return Pages.slice(sorted, limit, cursor);
    }
}
