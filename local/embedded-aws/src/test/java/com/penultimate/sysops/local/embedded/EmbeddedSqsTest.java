package com.penultimate.sysops.local.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class EmbeddedSqsTest {
    private static EmbeddedSqs sqs;
    private static SqsClient client;

    @BeforeAll
    static void start() {
        sqs = EmbeddedSqs.startOnFreePort();
        client = SqsClient.builder().endpointOverride(sqs.endpoint()).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sqs.close();
    }

    @Test
    void createQueue_givesUrlOnTheLoopbackEndpointAndArnInTheLocalAccount() {
        String url = client.createQueue(b -> b.queueName("orders")).queueUrl();

        assertThat(url).isEqualTo(sqs.queueUrl("orders"));
        Map<QueueAttributeName, String> attributes = client.getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes();
        assertThat(attributes).containsEntry(QueueAttributeName.QUEUE_ARN, EmbeddedSqs.queueArn("orders"));
    }

    @Test
    void sentMessage_isReceivedWithItsBody() {
        String url = client.createQueue(b -> b.queueName("greetings")).queueUrl();

        client.sendMessage(b -> b.queueUrl(url).messageBody("hello"));
        List<Message> received = client.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(2)).messages();

        assertThat(received).extracting(Message::body).containsExactly("hello");
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        assertThat(sqs.endpoint().getHost()).isEqualTo(Loopback.ADDRESS);
        String otherAddress = InetAddress.getLocalHost().getHostAddress();
        if (!otherAddress.startsWith("127.")) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(otherAddress, sqs.endpoint().getPort()), 1000);
                }
            }).isInstanceOf(ConnectException.class);
        }
    }
}
