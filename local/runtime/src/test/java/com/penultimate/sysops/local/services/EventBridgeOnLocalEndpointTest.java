package com.penultimate.sysops.local.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

class EventBridgeOnLocalEndpointTest {
    private final PublishedEvents events = new PublishedEvents();
    private LocalAwsEndpoint endpoint;
    private EventBridgeClient eventBridge;

    @BeforeEach
    void start() throws Exception {
        endpoint = new LocalAwsEndpoint(0, List.of(new EventBridgeApi(events, Clock.systemUTC())));
        endpoint.start();
        eventBridge = SdkClients.local(EventBridgeClient.builder(), endpoint.endpoint());
    }

    @AfterEach
    void stop() throws Exception {
        eventBridge.close();
        endpoint.stop(0);
    }

    @Test
    void putEvents_recordsEachEntryUnderTheEventIdItAnswers() {
        PutEventsResponse response = eventBridge.putEvents(b -> b.entries(e -> e.source("sysops.tickets")
                .detailType("TicketCompleted").detail("{\"ticketId\":\"T1\"}").resources("T1")));

        assertThat(response.failedEntryCount()).isZero();
        assertThat(events.all()).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo(response.entries().get(0).eventId());
            assertThat(e.eventBusName()).isEqualTo("default");
            assertThat(e.source()).isEqualTo("sysops.tickets");
            assertThat(e.detailType()).isEqualTo("TicketCompleted");
            assertThat(e.detail()).isEqualTo("{\"ticketId\":\"T1\"}");
            assertThat(e.resources()).containsExactly("T1");
        });
    }

    @Test
    void anEntryWithoutADetailOrWithAMalformedOne_failsAlone() {
        PutEventsResponse response = eventBridge.putEvents(b -> b.entries(
                e -> e.source("sysops.tickets").detailType("TicketCompleted").detail("{\"ticketId\":\"T1\"}"),
                e -> e.source("sysops.tickets").detailType("TicketCompleted"),
                e -> e.source("sysops.tickets").detailType("TicketCompleted").detail("[1]")));

        assertThat(response.failedEntryCount()).isEqualTo(2);
        assertThat(response.entries().get(0).eventId()).isNotBlank();
        assertThat(response.entries().get(1).errorCode()).isEqualTo("InvalidArgument");
        assertThat(response.entries().get(2).errorCode()).isEqualTo("MalformedDetail");
        assertThat(events.all()).hasSize(1);
    }
}
