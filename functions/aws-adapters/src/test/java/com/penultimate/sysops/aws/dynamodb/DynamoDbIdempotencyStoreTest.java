package com.penultimate.sysops.aws.dynamodb;

import static com.penultimate.sysops.aws.dynamodb.Samples.NOW;
import static com.penultimate.sysops.aws.dynamodb.Samples.n;
import static com.penultimate.sysops.aws.dynamodb.Samples.s;
import static com.penultimate.sysops.aws.dynamodb.Samples.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.core.port.IdempotencyStore.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

class DynamoDbIdempotencyStoreTest {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final String KEY = "notification#T1#offer#E1#1";

    private final TableNames tables = SysopsTables.createFor(DynamoDbIdempotencyStoreTest.class);
    private final RecordedRequests requests = new RecordedRequests();
    private final DynamoDbClient client = DynamoDbLocalServer.newClient(List.of(requests));

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void claim_ofNewKeyPutsAnInProgressRecordWithLeaseAndExpiry() {
        assertThat(storeAt(NOW).claim(KEY, LEASE)).isEqualTo(Claim.ACQUIRED);

        assertThat(requests.of(PutItemRequest.class)).singleElement().satisfies(put -> {
            assertThat(put.conditionExpression()).isEqualTo("attribute_not_exists(idempotencyKey)"
                    + " OR expiresAt < :nowSeconds OR (#status = :inProgress AND leaseUntil < :now)");
            assertThat(put.expressionAttributeNames()).isEqualTo(Map.of("#status", "status"));
            assertThat(put.expressionAttributeValues()).isEqualTo(Map.of(
                    ":now", n(Long.toString(NOW.toEpochMilli())),
                    ":nowSeconds", n(Long.toString(NOW.getEpochSecond())),
                    ":inProgress", s("IN_PROGRESS")));
        });
        assertThat(stored(tables.idempotency(), "idempotencyKey", KEY)).isEqualTo(Map.of(
                "idempotencyKey", s(KEY),
                "status", s("IN_PROGRESS"),
                "leaseUntil", n(Long.toString(NOW.plus(LEASE).toEpochMilli())),
                "expiresAt", n(Long.toString(NOW.plus(Duration.ofDays(7)).getEpochSecond()))));
    }

    @Test
    void claim_whileAnotherHoldsTheLeaseIsInProgressElsewhereAfterAConsistentRead() {
        storeAt(NOW).claim(KEY, LEASE);
        requests.clear();

        assertThat(storeAt(NOW.plusSeconds(60)).claim(KEY, LEASE)).isEqualTo(Claim.IN_PROGRESS_ELSEWHERE);

        assertThat(requests.of(GetItemRequest.class)).singleElement()
                .satisfies(get -> assertThat(get.consistentRead()).isTrue());
    }

    @Test
    void claim_afterTheLeaseRanOutTakesTheWorkOver() {
        storeAt(NOW).claim(KEY, LEASE);
        Instant later = NOW.plus(LEASE).plusMillis(1);

        assertThat(storeAt(later).claim(KEY, LEASE)).isEqualTo(Claim.ACQUIRED);

        assertThat(stored(tables.idempotency(), "idempotencyKey", KEY))
                .containsEntry("leaseUntil", n(Long.toString(later.plus(LEASE).toEpochMilli())));
    }

    @Test
    void complete_marksTheRecordDoneSoLaterClaimsAreAlreadyDone() {
        storeAt(NOW).claim(KEY, LEASE);

        storeAt(NOW.plusSeconds(1)).complete(KEY, "sns-message-1");

        assertThat(stored(tables.idempotency(), "idempotencyKey", KEY)).isEqualTo(Map.of(
                "idempotencyKey", s(KEY),
                "status", s("COMPLETED"),
                "result", s("sns-message-1"),
                "expiresAt", n(Long.toString(NOW.plusSeconds(1).plus(Duration.ofDays(7)).getEpochSecond()))));
        assertThat(storeAt(NOW.plus(Duration.ofDays(1))).claim(KEY, LEASE)).isEqualTo(Claim.ALREADY_DONE);
    }

    @Test
    void claim_ofRecordPastItsExpiryNotYetDeletedStartsAfresh() {
        storeAt(NOW).claim(KEY, LEASE);
        storeAt(NOW).complete(KEY, "sns-message-1");

        assertThat(storeAt(NOW.plus(Duration.ofDays(8))).claim(KEY, LEASE)).isEqualTo(Claim.ACQUIRED);
    }

    @Test
    void release_deletesAnInProgressClaimSoARetryTakesItAtOnce() {
        storeAt(NOW).claim(KEY, LEASE);

        storeAt(NOW).release(KEY);

        assertThat(stored(tables.idempotency(), "idempotencyKey", KEY)).isEmpty();
        assertThat(storeAt(NOW.plusSeconds(1)).claim(KEY, LEASE)).isEqualTo(Claim.ACQUIRED);
    }

    @Test
    void release_keepsACompletedRecordAndIgnoresAnAbsentOne() {
        storeAt(NOW).claim(KEY, LEASE);
        storeAt(NOW).complete(KEY, null);

        storeAt(NOW).release(KEY);
        storeAt(NOW).release("never-claimed");

        assertThat(stored(tables.idempotency(), "idempotencyKey", KEY)).containsEntry("status", s("COMPLETED"))
                .doesNotContainKey("result");
    }

    private DynamoDbIdempotencyStore storeAt(Instant now) {
        return new DynamoDbIdempotencyStore(client, tables.idempotency(), Clock.fixed(now, ZoneOffset.UTC));
    }
}
