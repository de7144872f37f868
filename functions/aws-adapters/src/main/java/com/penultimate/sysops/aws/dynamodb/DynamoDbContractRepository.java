package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.ContractRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@link ContractRepository} on the Contracts table (partition key {@code customerId}, sort key
 * {@code contractId}). Each item also carries {@code billingDay} for the {@value #BY_BILLING_DAY} index.
 */
public final class DynamoDbContractRepository implements ContractRepository {
    public static final String BY_BILLING_DAY = "byBillingDay";

    private final DynamoDbClient client;
    private final String table;
    private final PartitionQuery byCustomer;

    public DynamoDbContractRepository(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
        this.byCustomer = PartitionQuery.table(client, table, "customerId", "contractId");
    }

    @Override
    public void add(SupportContract contract) {
        try {
            client.putItem(put -> put.tableName(table).item(toItem(contract))
                    .conditionExpression("attribute_not_exists(contractId)"));
        } catch (ConditionalCheckFailedException e) {
            throw new ConflictException("contract " + contract.contractId() + " exists");
        }
    }

    @Override
    public List<SupportContract> forCustomer(String customerId) {
        return byCustomer.everything(customerId).stream().map(DynamoDbContractRepository::fromItem)
                .sorted(Comparator.comparing(SupportContract::startDate).thenComparing(SupportContract::contractId))
                .toList();
    }

    static Map<String, AttributeValue> toItem(SupportContract contract) {
        return new ItemBuilder()
                .string("customerId", contract.customerId())
                .string("contractId", contract.contractId())
                .stringSet("products", contract.products())
                .date("startDate", contract.startDate())
                .date("endDate", contract.endDate())
                .enumName("status", contract.status())
                .string("billingDay", BillingDay.of(contract))
                .build();
    }

    static SupportContract fromItem(Map<String, AttributeValue> item) {
        ItemReader read = new ItemReader(item);
        return new SupportContract(read.string("contractId"), read.string("customerId"), read.stringSet("products"),
                read.date("startDate"), read.date("endDate"), read.enumValue("status", ContractStatus.class));
    }
}
