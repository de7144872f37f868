package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.port.ProductRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * {@link ProductRepository} on the Products table: every product in the one partition {@code kind = PRODUCT},
 * sorted by {@code code}, so the whole (small) catalogue is one Query.
 */
public final class DynamoDbProductRepository implements ProductRepository {
    static final String KIND = "PRODUCT";

    private final DynamoDbClient client;
    private final String table;
    private final PartitionQuery catalogue;

    public DynamoDbProductRepository(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
        this.catalogue = PartitionQuery.table(client, table, "kind", "code");
    }

    /** Creates or replaces the product: reference data that administrators overwrite at will. */
    @Override
    public void put(Product product) {
        client.putItem(put -> put.tableName(table).item(new ItemBuilder()
                .string("kind", KIND)
                .string("code", product.code())
                .string("name", product.name())
                .stringSet("skills", product.skills())
                .build()));
    }

    @Override
    public Optional<Product> find(String code) {
        GetItemResponse response = client.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("kind", ItemBuilder.s(KIND), "code", ItemBuilder.s(code))));
        return response.hasItem() ? Optional.of(fromItem(response.item())) : Optional.empty();
    }

    @Override
    public List<Product> all() {
        return catalogue.everything(KIND).stream().map(DynamoDbProductRepository::fromItem).toList();
    }

    private static Product fromItem(Map<String, AttributeValue> item) {
        ItemReader read = new ItemReader(item);
        return new Product(read.string("code"), read.string("name"), read.stringSet("skills"));
    }
}
