package com.penultimate.sysops.core.port;

import com.penultimate.sysops.core.model.Product;
import java.util.List;
import java.util.Optional;

/** The catalogue of supported products (reference data). */
public interface ProductRepository {
    void put(Product product);

    Optional<Product> find(String code);

    /** All products ordered by code. */
    List<Product> all();
}
