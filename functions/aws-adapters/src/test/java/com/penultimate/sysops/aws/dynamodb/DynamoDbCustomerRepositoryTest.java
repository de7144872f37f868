package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.customer;
import static com.penultimate.sysops.aws.dynamodb.Samples.n;
import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static com.penultimate.sysops.aws.dynamodb.Samples.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.model.Customer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbCustomerRepositoryTest {
    private static final TableNames TABLES = SysopsTables.createFor(DynamoDbCustomerRepositoryTest.class);
    private final DynamoDbCustomerRepository customers =
            new DynamoDbCustomerRepository(DynamoDbLocalServer.client(), TABLES.customers());

    @Test
    void create_storesEveryAttributeAndLeavesOutMissingToken() {
        customers.create(customer("cust-create"));

        assertThat(stored(TABLES.customers(), "customerId", "cust-create")).isEqualTo(Map.ofEntries(
                Map.entry("customerId", s("cust-create")),
                Map.entry("name", s("Ada Lovelace")),
                Map.entry("email", s("ada@example.com")),
                Map.entry("phone", s("+15551234567")),
                Map.entry("notificationPreference", s("SMS")),
                Map.entry("address", AttributeValue.fromM(Map.of("line1", s("1 Main St"), "city", s("Berlin"),
                        "postalCode", s("10115"), "country", s("DE")))),
                Map.entry("location", AttributeValue.fromM(Map.of("lat", n("52.52"), "lon", n("13.405")))),
                Map.entry("createdAt", s("2027-11-23T10:15:30Z")),
                Map.entry("updatedAt", s("2027-11-23T10:15:30Z"))));
    }

    @Test
    void find_readsBackWhatWasCreated() {
        customers.create(customer("cust-find"));

        assertThat(customers.find("cust-find")).contains(customer("cust-find"));
        assertThat(customers.find("cust-nobody")).isEmpty();
    }

    @Test
    void create_rejectsRegisteredIdAndKeepsTheFirst() {
        customers.create(customer("cust-twice"));
        Customer other = customer("cust-twice").withPaymentToken("tok_12345678", Samples.NOW);

        assertThatThrownBy(() -> customers.create(other)).isInstanceOf(ConflictException.class);
        assertThat(stored(TABLES.customers(), "customerId", "cust-twice")).doesNotContainKey("paymentToken");
    }

    @Test
    void update_replacesExistingCustomer() {
        customers.create(customer("cust-update"));

        customers.update(customer("cust-update").withPaymentToken("tok_12345678", Samples.NOW.plusSeconds(60)));

        Map<String, AttributeValue> item = stored(TABLES.customers(), "customerId", "cust-update");
        assertThat(item.get("paymentToken")).isEqualTo(s("tok_12345678"));
        assertThat(item.get("updatedAt")).isEqualTo(s("2027-11-23T10:16:30Z"));
    }

    @Test
    void update_ofUnknownCustomerFailsNotFoundAndWritesNothing() {
        assertThatThrownBy(() -> customers.update(customer("cust-ghost"))).isInstanceOf(NotFoundException.class);
        assertThat(stored(TABLES.customers(), "customerId", "cust-ghost")).isEmpty();
    }
}
