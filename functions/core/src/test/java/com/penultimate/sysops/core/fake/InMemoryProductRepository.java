package com.penultimate.sysops.core.fake;

import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.port.ProductRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link ProductRepository} in a sorted map, for fast tests. */
public final class InMemoryProductRepository implements ProductRepository {
    private final ConcurrentSkipListMap<String, Product> byCode = new ConcurrentSkipListMap<>();

    @Override
    public void put(Product product) {
        byCode.put(product.code(), product);
    }

    @Override
    public Optional<Product> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Product> all() {
        return List.copyOf(byCode.values());
    }
}
