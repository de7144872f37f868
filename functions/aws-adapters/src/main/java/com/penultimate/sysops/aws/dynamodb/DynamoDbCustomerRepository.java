package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.port.CustomerRepository;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** {@link CustomerRepository} on the Customers table (partition key {@code customerId}). */
public final class DynamoDbCustomerRepository implements CustomerRepository {
    private final DynamoDbClient client;
    private final String table;

    public DynamoDbCustomerRepository(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public Optional<Customer> find(String customerId) {
        GetItemResponse response = client.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of(CustomerItems.KEY, ItemBuilder.s(customerId))));
        return response.hasItem() ? Optional.of(CustomerItems.fromItem(response.item())) : Optional.empty();
    }

    @Override
    public void create(Customer customer) {
        try {
            client.putItem(put(customer, "attribute_not_exists(customerId)"));
        } catch (ConditionalCheckFailedException e) {
            throw new ConflictException("customer " + customer.customerId() + " is already registered");
        }
    }

    @Override
    public void update(Customer customer) {
        try {
            client.putItem(put(customer, "attribute_exists(customerId)"));
        } catch (ConditionalCheckFailedException e) {
            throw new NotFoundException("no customer " + customer.customerId());
        }
    }

    private PutItemRequest put(Customer customer, String condition) {
        return PutItemRequest.builder().tableName(table).item(CustomerItems.toItem(customer))
                .conditionExpression(condition).build();
    }
}
