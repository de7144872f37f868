package com.penultimate.sysops.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class StoreBusyHandlerTest {
    private final StoreBusyHandler handler = new StoreBusyHandler(new ProblemResponses(JsonMapper.createDefault()));

    @ParameterizedTest
    @ValueSource(strings = {"ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded"})
    void throttledDynamoDb_answers503WithRetryAfter(String errorCode) {
        HttpResponse<?> response = handle(DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(errorCode).build()).build());

        assertBusy(response);
    }

    @Test
    void throttlingTypedException_answers503() {
        assertBusy(handle(ProvisionedThroughputExceededException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ProvisionedThroughputExceededException").build()).build()));
    }

    @Test
    void callOrAttemptTimeout_answers503() {
        assertBusy(handle(ApiCallTimeoutException.create(Duration.ofSeconds(8).toMillis())));
        assertBusy(handle(ApiCallAttemptTimeoutException.create(Duration.ofSeconds(3).toMillis())));
    }

    @Test
    void transactionCancelledByThrottling_answers503() {
        assertBusy(handle(TransactionCanceledException.builder().cancellationReasons(
                CancellationReason.builder().code("None").build(),
                CancellationReason.builder().code("ThrottlingError").build()).build()));
    }

    @Test
    void transactionCancelledByACondition_isNotBusy_butA500() {
        HttpResponse<?> response = handle(TransactionCanceledException.builder().cancellationReasons(
                CancellationReason.builder().code("ConditionalCheckFailed").build()).build());

        assertThat(response.code()).isEqualTo(500);
        assertThat(response.getHeaders().get(HttpHeaders.RETRY_AFTER)).isNull();
    }

    @Test
    void otherAwsFailure_answers500WithoutItsMessage() {
        HttpResponse<?> response = handle(DynamoDbException.builder().statusCode(400).message("table secret-name")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").build()).build());

        assertThat(response.code()).isEqualTo(500);
        assertThat(response.getContentType()).hasValueSatisfying(type ->
                assertThat(type.toString()).isEqualTo(Problem.MEDIA_TYPE));
        assertThat(response.getBody(String.class)).hasValueSatisfying(body ->
                assertThat(body).doesNotContain("secret-name"));
    }

    private HttpResponse<?> handle(SdkException exception) {
        return handler.handle(HttpRequest.POST("/tickets", "{}"), exception);
    }

    private static void assertBusy(HttpResponse<?> response) {
        assertThat(response.code()).isEqualTo(503);
        assertThat(response.getHeaders().get(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(response.getContentType()).hasValueSatisfying(type ->
                assertThat(type.toString()).isEqualTo(Problem.MEDIA_TYPE));
        assertThat(response.getBody(String.class)).hasValueSatisfying(body ->
                assertThat(body).contains("\"status\":503").contains("service-busy"));
    }
}
