package com.penultimate.sysops.local.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

class BatchItemFailuresTest {
    private final BatchItemFailures failures = new BatchItemFailures(new ObjectMapper());
    private final List<Message> batch = List.of(Message.builder().messageId("m1").build(),
            Message.builder().messageId("m2").build());

    @Test
    void noAnswerOrEmptyList_meansEveryMessageSucceeded() {
        assertThat(failures.failedMessageIds(null, batch)).isEmpty();
        assertThat(failures.failedMessageIds("", batch)).isEmpty();
        assertThat(failures.failedMessageIds("null", batch)).isEmpty();
        assertThat(failures.failedMessageIds("{}", batch)).isEmpty();
        assertThat(failures.failedMessageIds("{\"batchItemFailures\":null}", batch)).isEmpty();
        assertThat(failures.failedMessageIds("{\"batchItemFailures\":[]}", batch)).isEmpty();
    }

    @Test
    void listedIdentifiers_areTheFailedMessages() {
        assertThat(failures.failedMessageIds("{\"batchItemFailures\":[{\"itemIdentifier\":\"m2\"}]}", batch))
                .containsExactly("m2");
    }

    @Test
    void unknownBlankOrMissingIdentifier_failsTheWholeBatch() {
        assertThat(failures.failedMessageIds("{\"batchItemFailures\":[{\"itemIdentifier\":\"m9\"}]}", batch))
                .containsExactlyInAnyOrder("m1", "m2");
        assertThat(failures.failedMessageIds("{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}", batch))
                .containsExactlyInAnyOrder("m1", "m2");
        assertThat(failures.failedMessageIds("{\"batchItemFailures\":[{\"id\":\"m1\"}]}", batch))
                .containsExactlyInAnyOrder("m1", "m2");
    }

    @Test
    void answerThatIsNotJson_failsTheWholeBatch() {
        assertThat(failures.failedMessageIds("not json", batch)).containsExactlyInAnyOrder("m1", "m2");
    }
}
