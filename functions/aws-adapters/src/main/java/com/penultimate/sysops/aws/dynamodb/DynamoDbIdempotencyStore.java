package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.port.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * {@link IdempotencyStore} on the Idempotency table: items {@code {idempotencyKey, status: IN_PROGRESS |
 * COMPLETED, leaseUntil (epoch millis), result, expiresAt (epoch seconds, the table's TTL)}}. A claim is a
 * conditional put that wins on a new key, an expired record (TTL deletes days late) or an in-progress record
 * whose lease ran out; when it loses, a consistent read tells done from in progress elsewhere.
 */
public final class DynamoDbIdempotencyStore implements IdempotencyStore {
    /** How long a record keeps its key from being claimed again. */
    public static final Duration RETENTION = Duration.ofDays(7);
    static final String CLAIM_CONDITION = "attribute_not_exists(idempotencyKey) OR expiresAt < :nowSeconds"
            + " OR (#status = :inProgress AND leaseUntil < :now)";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";
    private static final String KEY = "idempotencyKey";
    /** A record that vanishes between the failed put and the read (released meanwhile) is claimed again, twice. */
    private static final int CLAIM_ATTEMPTS = 3;

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoDbIdempotencyStore(DynamoDbClient client, String table, Clock clock) {
        this.client = client;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Claim claim(String key, Duration lease) {
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (tryClaim(key, lease)) {
                return Claim.ACQUIRED;
            }
            GetItemResponse stored = client.getItem(get -> get.tableName(table).consistentRead(true).key(key(key)));
            if (stored.hasItem()) {
                return COMPLETED.equals(new ItemReader(stored.item()).string("status"))
                        ? Claim.ALREADY_DONE : Claim.IN_PROGRESS_ELSEWHERE;
            }
        }
        return Claim.IN_PROGRESS_ELSEWHERE;
    }

    @Override
    public void complete(String key, String result) {
        ItemUpdate done = new ItemUpdate()
                .setOrRemove("status", ItemBuilder.s(COMPLETED))
                .setOrRemove("result", result == null ? null : ItemBuilder.s(result))
                .setOrRemove("expiresAt", ItemBuilder.n(clock.instant().plus(RETENTION).getEpochSecond()))
                .setOrRemove("leaseUntil", null);
        client.updateItem(update -> update.tableName(table).key(key(key))
                .updateExpression(done.expression())
                .expressionAttributeNames(done.names())
                .expressionAttributeValues(done.values()));
    }

    @Override
    public void release(String key) {
        try {
            client.deleteItem(delete -> delete.tableName(table).key(key(key))
                    .conditionExpression("#status = :inProgress")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":inProgress", ItemBuilder.s(IN_PROGRESS))));
        } catch (ConditionalCheckFailedException e) {
            // Completed work keeps its record, and an absent one needs no release.
        }
    }

    private boolean tryClaim(String key, Duration lease) {
        Instant now = clock.instant();
        try {
            client.putItem(put -> put.tableName(table)
                    .item(new ItemBuilder()
                            .string(KEY, key)
                            .string("status", IN_PROGRESS)
                            .number("leaseUntil", now.plus(lease).toEpochMilli())
                            .number("expiresAt", now.plus(RETENTION).getEpochSecond())
                            .build())
                    .conditionExpression(CLAIM_CONDITION)
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":now", ItemBuilder.n(now.toEpochMilli()),
                            ":nowSeconds", ItemBuilder.n(now.getEpochSecond()),
                            ":inProgress", ItemBuilder.s(IN_PROGRESS))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String key) {
        return Map.of(KEY, ItemBuilder.s(key));
    }
}
