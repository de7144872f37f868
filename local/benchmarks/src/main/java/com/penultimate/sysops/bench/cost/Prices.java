package com.penultimate.sysops.bench.cost;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** List prices by name (e.g. {@code dynamodb.wru}), read from a dated prices file on the classpath. */
public record Prices(String region, String writtenOn, Map<String, Price> prices) {

    /** {@code usd} for every {@code per} {@code unit}s, as published at {@code source}. */
    public record Price(double usd, double per, String unit, String source) {
    }

    public static Prices load(String resource) throws IOException {
        try (InputStream in = Prices.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath");
            }
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Prices.class);
        }
    }

    /** The price of {@code quantity} units of {@code name}. */
    public double cost(String name, double quantity) {
        Price price = prices.get(name);
        if (price == null) {
            throw new IllegalArgumentException("no price named " + name + " in the prices file");
        }
        return quantity * price.usd() / price.per();
    }
}
