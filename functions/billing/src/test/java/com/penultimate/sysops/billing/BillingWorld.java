package com.penultimate.sysops.billing;

import com.penultimate.sysops.aws.dynamodb.BillingTables;
import com.penultimate.sysops.aws.dynamodb.DynamoDbBillingLedger;
import com.penultimate.sysops.aws.dynamodb.DynamoDbContractRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbCustomerRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbInvoiceRepository;
import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.core.billing.BillingStanding;
import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.lambda.testing.TestWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Billing's tables in DynamoDB Local, with customers holding cards and contracts ending on a day. */
final class BillingWorld {
    private final TestWorld world;
    private final BillingTables billing;

    BillingWorld(Class<?> owner) {
        world = TestWorld.create(owner);
        billing = BillingTables.createFor(owner);
    }

    /** Settings for either function of the jar; the caller adds the queue that picks the function. */
    Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>(world.properties());
        p.put("sysops.tables.invoices", billing.invoices());
        p.put("sysops.tables.payment-attempts", billing.paymentAttempts());
        p.put("sysops.billing.yearly-price-per-product-minor", 4900);
        p.put("sysops.billing.currency", "USD");
        p.put("sysops.billing.payment-provider", "simulated");
        return p;
    }

    SupportContract contract(String contractId, String customerId, String token, LocalDate end, ContractStatus status) {
        DynamoDbCustomerRepository customers = new DynamoDbCustomerRepository(DynamoDbLocalServer.client(),
                world.tables().customers());
        if (customers.find(customerId).isEmpty()) {
            Instant now = Instant.now();
            customers.create(new Customer(customerId, "Zoe Quinn", customerId + "@example.com", "+13125550111",
                    NotificationPreference.EMAIL, new Address("1 Main St", "Chicago", "60601", "US"),
                    TestWorld.CHICAGO, token, now, now));
        }
        SupportContract contract = new SupportContract(contractId, customerId, Set.of("TV-OLED55", "SOUNDBAR-500"),
                end.minusYears(1), end, status);
        new DynamoDbContractRepository(DynamoDbLocalServer.client(), world.tables().contracts()).add(contract);
        return contract;
    }

    BillingStanding standing(String customerId, String contractId) {
        return new DynamoDbBillingLedger(DynamoDbLocalServer.client(), world.tables().contracts(), billing.invoices())
                .standing(customerId, contractId).orElseThrow();
    }

    DynamoDbInvoiceRepository invoices() {
        return new DynamoDbInvoiceRepository(DynamoDbLocalServer.client(), billing.invoices());
    }

    /** Every charge attempt the simulated provider recorded (a scan: test only). */
    List<Map<String, AttributeValue>> paymentAttempts() {
        return DynamoDbLocalServer.client().scan(scan -> scan.tableName(billing.paymentAttempts()).consistentRead(true))
                .items();
    }
}
