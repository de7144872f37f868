package com.penultimate.sysops.aws.payments;

import com.penultimate.sysops.core.billing.ChargeOutcome;
import com.penultimate.sysops.core.billing.ChargeRequest;
import com.penultimate.sysops.core.billing.PaymentProviderUnreachableException;
import com.penultimate.sysops.core.port.PaymentGateway;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A stand-in card provider (the setting {@code sysops.payments.provider=simulated}) for the local runtime, tests
 * and demo stages: no money moves. It answers by token, like a provider's test cards:
 * <ul>
 *   <li>{@value #DECLINED} is declined;</li>
 *   <li>{@value #UNREACHABLE} never answers (nothing is charged);</li>
 *   <li>{@value #CHARGED_THEN_UNREACHABLE} is charged but the answer is lost, as in a timeout after the provider
 *       took the money;</li>
 *   <li>any other token is paid.</li>
 * </ul>
 * Every answered attempt is kept in the PaymentAttempts table under its idempotency key, written only if the key
 * is new, so a repeated key gets the first answer back and is charged once, as a real provider does. The table is
 * what tests and the local runtime read to check "charged exactly once".
 */
public final class SimulatedPaymentGateway implements PaymentGateway {
    public static final String DECLINED = "tok_card_declined";
    public static final String UNREACHABLE = "tok_provider_timeout";
    public static final String CHARGED_THEN_UNREACHABLE = "tok_charge_then_timeout";
    static final String KEY = "idempotencyKey";

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public SimulatedPaymentGateway(DynamoDbClient client, String attemptsTable, Clock clock) {
        this.client = client;
        this.table = attemptsTable;
        this.clock = clock;
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        if (UNREACHABLE.equals(request.customerToken())) {
            throw new PaymentProviderUnreachableException("simulated provider: no answer for this card");
        }
        try {
            Answer answer = recordFirst(request, DECLINED.equals(request.customerToken())
                    ? new ChargeOutcome.Declined("card_declined")
                    : new ChargeOutcome.Paid("ch_sim_" + UUID.randomUUID().toString().replace("-", "")));
            if (answer.first() && CHARGED_THEN_UNREACHABLE.equals(request.customerToken())) {
                throw new PaymentProviderUnreachableException("simulated provider: charged, then the answer was lost");
            }
            return answer.outcome();
        } catch (SdkException e) {
            throw new PaymentProviderUnreachableException("simulated provider: its records are out of reach", e);
        }
    }

    /** An answer, and whether it was given now rather than stored by an earlier attempt with the same key. */
    private record Answer(ChargeOutcome outcome, boolean first) {
    }

    /** Stores {@code outcome} under the request's key unless the key has an answer; returns the stored answer. */
    private Answer recordFirst(ChargeRequest request, ChargeOutcome outcome) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(KEY, AttributeValue.fromS(request.idempotencyKey()));
        item.put("amountMinor", AttributeValue.fromN(Long.toString(request.amountMinor())));
        item.put("currency", AttributeValue.fromS(request.currency()));
        item.put("customerToken", AttributeValue.fromS(request.customerToken()));
        item.put("description", AttributeValue.fromS(request.description()));
        item.put("attemptedAt", AttributeValue.fromS(clock.instant().toString()));
        item.put("answers", AttributeValue.fromN("1"));
        if (outcome instanceof ChargeOutcome.Paid paid) {
            item.put("outcome", AttributeValue.fromS("PAID"));
            item.put("chargeId", AttributeValue.fromS(paid.chargeId()));
        } else {
            item.put("outcome", AttributeValue.fromS("DECLINED"));
            item.put("reason", AttributeValue.fromS(((ChargeOutcome.Declined) outcome).reason()));
        }
        try {
            client.putItem(put -> put.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(" + KEY + ")"));
            return new Answer(outcome, true);
        } catch (ConditionalCheckFailedException repeated) {
            return new Answer(answerAgain(request.idempotencyKey()), false);
        }
    }

    /** A repeated key: the first answer, counting how often it was asked. */
    private ChargeOutcome answerAgain(String key) {
        Map<String, AttributeValue> stored = client.updateItem(update -> update.tableName(table)
                .key(Map.of(KEY, AttributeValue.fromS(key)))
                .updateExpression("ADD answers :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))
                .returnValues("ALL_NEW")).attributes();
        return "PAID".equals(stored.get("outcome").s()) ? new ChargeOutcome.Paid(stored.get("chargeId").s())
                : new ChargeOutcome.Declined(stored.get("reason").s());
    }
}
