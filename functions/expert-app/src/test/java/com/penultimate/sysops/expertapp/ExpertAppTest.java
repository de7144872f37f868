package com.penultimate.sysops.expertapp;

import static com.penultimate.sysops.lambda.testing.TestWorld.CUSTOMER_ID;
import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_ID;
import static com.penultimate.sysops.lambda.testing.TestWorld.EXPERT_PHONE;
import static com.penultimate.sysops.lambda.testing.TestWorld.TICKET_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.penultimate.sysops.aws.kb.KbTables;
import com.penultimate.sysops.core.fake.RecordingWorkflow;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.TicketWorkflow;
import com.penultimate.sysops.http.testing.FunctionHarness;
import com.penultimate.sysops.http.testing.TestTokens;
import com.penultimate.sysops.lambda.testing.TestWorld;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpertAppTest {
    private static TestWorld world;
    private static FunctionHarness function;
    private static RecordingWorkflow workflow;

    @BeforeAll
    static void start() {
        world = TestWorld.create(ExpertAppTest.class);
        world.product();
        world.customer(CUSTOMER_ID, NotificationPreference.EMAIL);
        world.expert(EXPERT_ID, EXPERT_PHONE);
        world.expert("exp-bob", "+13125550188");
        Map<String, Object> settings = new HashMap<>(world.properties());
        settings.put("sysops.workflow.state-machine-arn", "arn:aws:states:us-east-1:123456789012:stateMachine:test");
        settings.put("sysops.tables.kb", KbTables.createFor(ExpertAppTest.class));
        function = new FunctionHarness(settings);
        workflow = (RecordingWorkflow) function.context().getBean(TicketWorkflow.class);
    }

    @AfterAll
    static void stop() {
        function.close();
    }

    @BeforeEach
    void freshTicket() {
        world.forget(TICKET_ID);
    }

    @Test
    void myTickets_showTheProblemAndWhereToGoButNoContactDetails() {
        world.offered(TICKET_ID, EXPERT_ID, "token-list");

        APIGatewayV2HTTPResponse response = send("get_tickets_mine.json", EXPERT_ID);

        assertThat(response.getStatusCode()).isEqualTo(200);
        Map<String, Object> ticket = items(response).get(0);
        assertThat(ticket).containsEntry("ticketId", TICKET_ID).containsEntry("status", "OFFERED")
                .containsEntry("problem", "The TV has picture but no sound.");
        assertThat(ticket.get("customer").toString()).contains("Zoe Quinn", "1 Main St", "Chicago");
        assertThat(response.getBody()).doesNotContain("+13125550111", "@example.com");
    }

    @Test
    void myTickets_ofAnotherExpert_areNotShown() {
        world.offered(TICKET_ID, EXPERT_ID, "token-other");

        APIGatewayV2HTTPResponse response = send("get_tickets_mine.json", "exp-bob");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(items(response)).isEmpty();
    }

    @Test
    void accept_handsTheAnswerToTheWaitingWorkflowAndSaysSo() {
        world.offered(TICKET_ID, EXPERT_ID, "token-accept");

        APIGatewayV2HTTPResponse response = send("post_accept_offered.json", EXPERT_ID);

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(body(response)).containsEntry("answer", "ACCEPT");
        assertThat(body(response).get("detail").toString()).contains("workflow");
        assertThat(workflow.answers()).containsEntry("token-accept", "{\"answer\":\"ACCEPTED\"}");
        assertThat(world.ticket(TICKET_ID).status()).isEqualTo(TicketStatus.OFFERED);
    }

    @Test
    void accept_ofATicketHeldByAnotherExpert_is404AndAnswersNothing() {
        world.offered(TICKET_ID, EXPERT_ID, "token-foreign");

        APIGatewayV2HTTPResponse response = send("post_accept_offered.json", "exp-bob");

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
        assertThat(workflow.answers()).doesNotContainKey("token-foreign");
    }

    @Test
    void accept_byACustomer_is403() {
        world.offered(TICKET_ID, EXPERT_ID, "token-customer");

        APIGatewayV2HTTPResponse response = function.send(function.event("expert-app", "post_accept_offered.json",
                Map.of("TOKEN", TestTokens.shared().bearer(CUSTOMER_ID, "customer"))));

        assertThat(response.getStatusCode()).isEqualTo(403);
    }

    @Test
    void decline_passesTheReasonOn() {
        world.offered(TICKET_ID, EXPERT_ID, "token-decline");

        APIGatewayV2HTTPResponse response = send("post_decline_withreason.json", EXPERT_ID);

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(workflow.answers()).containsEntry("token-decline",
                "{\"answer\":\"DECLINED\",\"reason\":\"Stuck in traffic on I-90, cannot make it within the hour.\"}");
    }

    @Test
    void decline_withoutAReason_is400NamingTheField() {
        world.offered(TICKET_ID, EXPERT_ID, "token-noreason");

        APIGatewayV2HTTPResponse response = send("post_decline_noreason.json", EXPERT_ID);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("reason");
        assertThat(workflow.answers()).doesNotContainKey("token-noreason");
    }

    @Test
    void complete_ofAnAcceptedTicket_handsTheResolutionToTheWorkflow() {
        world.accepted(TICKET_ID, EXPERT_ID, "token-done");

        APIGatewayV2HTTPResponse response = send("post_complete_withresolution.json", EXPERT_ID);

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(body(response)).containsEntry("answer", "COMPLETE");
        assertThat(workflow.answers()).containsEntry("token-done",
                "{\"resolution\":\"Replaced the blown audio board fuse; sound works on all inputs.\"}");
    }

    @Test
    void complete_withAnArticle_handsItToTheWorkflowWithTheResolution() {
        world.accepted(TICKET_ID, EXPERT_ID, "token-article");

        APIGatewayV2HTTPResponse response = send("post_complete_witharticle.json", EXPERT_ID);

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(workflow.answers().get("token-article"))
                .startsWith("{\"resolution\":\"Replaced the blown audio board fuse; sound works on all inputs.\","
                        + "\"kbArticle\":{\"title\":\"OLED TV has picture but no sound after a power surge\"")
                .endsWith("\"tags\":[\"audio\",\"fuse\"]}}");
    }

    @Test
    void complete_withAnInvalidArticle_is400NamingEachFieldAndAnswersNothing() {
        world.accepted(TICKET_ID, EXPERT_ID, "token-badarticle");

        APIGatewayV2HTTPResponse response = send("post_complete_badarticle.json", EXPERT_ID);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
        assertThat(response.getBody()).contains("kbArticle.title", "kbArticle.tags[]");
        assertThat(workflow.answers()).doesNotContainKey("token-badarticle");
    }

    @Test
    void kbDraft_ofATicketTheExpertCompleted_isPrefilledFromIt() {
        completed("Replaced the blown audio board fuse.");

        APIGatewayV2HTTPResponse response = send("get_kbdraft_completed.json", EXPERT_ID);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response)).containsEntry("ticketId", TICKET_ID)
                .containsEntry("title", "The TV has picture but no sound")
                .containsEntry("problem", "The TV has picture but no sound.")
                .containsEntry("solution", "Replaced the blown audio board fuse.")
                .containsEntry("products", List.of(TestWorld.PRODUCT));
    }

    @Test
    void kbDraft_ofAnotherExpertsOrAnUncompletedTicket_is404() {
        world.accepted(TICKET_ID, EXPERT_ID, "token-notdone");
        assertThat(send("get_kbdraft_completed.json", EXPERT_ID).getStatusCode()).isEqualTo(404);

        completed("done");
        assertThat(send("get_kbdraft_completed.json", "exp-bob").getStatusCode()).isEqualTo(404);
    }

    @Test
    void complete_ofATicketNotYetAccepted_is409() {
        world.offered(TICKET_ID, EXPERT_ID, "token-early");

        APIGatewayV2HTTPResponse response = send("post_complete_withresolution.json", EXPERT_ID);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(workflow.answers()).doesNotContainKey("token-early");
    }

    @Test
    void accept_afterTheOfferExpired_is409() {
        world.offered(TICKET_ID, EXPERT_ID, "token-expired");
        workflow.expire("token-expired");

        APIGatewayV2HTTPResponse response = send("post_accept_offered.json", EXPERT_ID);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(response.getBody()).contains("expired");
    }

    private static void completed(String resolution) {
        world.forget(TICKET_ID);
        Ticket accepted = world.accepted(TICKET_ID, EXPERT_ID, "token-completed");
        world.tickets().update(accepted.moveTo(TicketStatus.COMPLETED, EXPERT_ID, "resolved: " + resolution,
                Instant.now()));
    }

    private static APIGatewayV2HTTPResponse send(String file, String expertId) {
        return function.send(function.event("expert-app", file,
                Map.of("TOKEN", TestTokens.shared().bearer(expertId, "expert"))));
    }

    private static Map<String, Object> body(APIGatewayV2HTTPResponse response) {
        try {
            return function.context().getBean(JsonMapper.class).readValue(response.getBody(),
                    Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(APIGatewayV2HTTPResponse response) {
        return (List<Map<String, Object>>) body(response).get("items");
    }
}
