package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.contract;
import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.SupportContract;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbContractRepositoryTest {
    private static final TableNames TABLES = SysopsTables.createFor(DynamoDbContractRepositoryTest.class);
    private final DynamoDbContractRepository contracts =
            new DynamoDbContractRepository(DynamoDbLocalServer.client(), TABLES.contracts());

    @Test
    void add_storesContractUnderCustomerWithShardedBillingDay() {
        contracts.add(contract("C-STORE", "cust-store", LocalDate.parse("2026-11-23")));

        Map<String, AttributeValue> item = DynamoDbLocalServer.client().getItem(get -> get
                .tableName(TABLES.contracts()).consistentRead(true)
                .key(Map.of("customerId", s("cust-store"), "contractId", s("C-STORE")))).item();
        String shard = String.format("%02d", Math.floorMod("C-STORE".hashCode(), 16));
        assertThat(item).containsEntry("startDate", s("2026-11-23"))
                .containsEntry("endDate", s("2027-11-23"))
                .containsEntry("status", s("ACTIVE"))
                .containsEntry("billingDay", s("2027-11-23#" + shard));
        assertThat(item.get("products").ss()).containsExactlyInAnyOrder("TV-100", "HIFI-7");
    }

    @Test
    void add_rejectsExistingContractId() {
        contracts.add(contract("C-TWICE", "cust-twice", LocalDate.parse("2026-01-01")));

        assertThatThrownBy(() -> contracts.add(contract("C-TWICE", "cust-twice", LocalDate.parse("2026-06-01"))))
                .isInstanceOf(ConflictException.class);
        assertThat(contracts.forCustomer("cust-twice")).extracting(SupportContract::startDate)
                .containsExactly(LocalDate.parse("2026-01-01"));
    }

    @Test
    void forCustomer_listsOnlyThatCustomersContractsOldestFirst() {
        SupportContract later = contract("C-A", "cust-list", LocalDate.parse("2027-03-01"));
        SupportContract earlier = contract("C-B", "cust-list", LocalDate.parse("2026-03-01"));
        contracts.add(later);
        contracts.add(earlier);
        contracts.add(contract("C-C", "cust-other", LocalDate.parse("2026-01-01")));

        assertThat(contracts.forCustomer("cust-list")).containsExactly(earlier, later);
        assertThat(contracts.forCustomer("cust-none")).isEmpty();
    }
}
