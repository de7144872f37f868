package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.model.Product;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbProductRepositoryTest {
    private final TableNames tables = SysopsTables.createFor(DynamoDbProductRepositoryTest.class);
    private final DynamoDbProductRepository products =
            new DynamoDbProductRepository(DynamoDbLocalServer.client(), tables.products());

    @Test
    void put_storesProductInTheCatalogue() {
        products.put(new Product("TV-100", "Television", Set.of("tv")));

        Map<String, AttributeValue> item = DynamoDbLocalServer.client().getItem(get -> get
                .tableName(tables.products()).key(Map.of("kind", s("PRODUCT"), "code", s("TV-100")))).item();
        assertThat(item).isEqualTo(Map.of("kind", s("PRODUCT"), "code", s("TV-100"), "name", s("Television"),
                "skills", AttributeValue.fromSs(List.of("tv"))));
    }

    @Test
    void put_replacesProductWithTheSameCode() {
        products.put(new Product("TV-100", "Television", Set.of("tv")));
        products.put(new Product("TV-100", "Smart TV", Set.of("tv", "network")));

        assertThat(products.find("TV-100")).contains(new Product("TV-100", "Smart TV", Set.of("tv", "network")));
        assertThat(products.find("NOPE")).isEmpty();
    }

    @Test
    void all_listsEveryProductByCode() {
        products.put(new Product("WASHER-3", "Washing machine", Set.of("appliance")));
        products.put(new Product("HIFI-7", "Hi-fi", Set.of("audio")));
        products.put(new Product("TV-100", "Television", Set.of("tv")));

        assertThat(products.all()).extracting(Product::code).containsExactly("HIFI-7", "TV-100", "WASHER-3");
    }
}
