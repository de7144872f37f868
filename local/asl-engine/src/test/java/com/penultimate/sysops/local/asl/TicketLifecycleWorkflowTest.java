package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine running a multi-state workflow shaped like the real ticket lifecycle. */
class TicketLifecycleWorkflowTest {

  private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
  private static final String TICKET = "{\"ticketId\": \"T-100\"}";

  private final ManualWorkflowClock clock = new ManualWorkflowClock(EngineHarness.START);
  private final Deque<JsonNode> matchResults = new ArrayDeque<>();
  private final List<JsonNode> offers = new ArrayList<>();
  private final List<JsonNode> released = new ArrayList<>();
  private final List<JsonNode> completionRequests = new ArrayList<>();
  private final List<JsonNode> surveys = new ArrayList<>();
  private final List<JsonNode> escalations = new ArrayList<>();
  private WorkflowEngine engine;

  @BeforeEach
  void setUp() throws IOException {
    RoutingTaskInvoker router = new RoutingTaskInvoker()
        .withFunction("sysops-expert-matching-dev", (payload, context) -> {
          JsonNode next = matchResults.poll();
          if (next == null) {
            throw new IllegalStateException("matching table unavailable");
          }
          return next;
        })
        .withFunction("sysops-release-expert-dev", (payload, context) -> record(released, payload))
        .withFunction("sysops-ticket-update-dev", (payload, context) -> record(completionRequests, payload))
        .withFunction("sysops-survey-dev", (payload, context) -> record(surveys, payload))
        .withIntegration("arn:aws:states:::sqs:sendMessage", (resource, parameters, context) ->
            record(offers, parameters.get("MessageBody")))
        .withIntegration("arn:aws:states:::events:putEvents", (resource, parameters, context) ->
            record(escalations, parameters.at("/Entries/0/Detail")));
    engine = WorkflowEngine.builder().withClock(clock).withExecutor(Runnable::run).withTaskInvoker(router).build();
    engine.register("ticket-lifecycle", DefinitionSubstitutions.apply(sample(), Map.of(
        "ExpertMatchingFunctionArn", FUNCTION_ARN + "sysops-expert-matching-dev",
        "ReleaseExpertFunctionArn", FUNCTION_ARN + "sysops-release-expert-dev",
        "TicketUpdateFunctionArn", FUNCTION_ARN + "sysops-ticket-update-dev",
        "SurveyFunctionArn", FUNCTION_ARN + "sysops-survey-dev",
        "NotificationQueueUrl", "http://localhost/queue/notifications")));
  }

  private static JsonNode record(List<JsonNode> sink, JsonNode payload) {
    sink.add(payload);
    return json("{}");
  }

  private static String sample() throws IOException {
    try (InputStream in = TicketLifecycleWorkflowTest.class.getResourceAsStream("/ticket-lifecycle-sample.asl.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void candidate(String expertId) {
    matchResults.add(json("{\"found\": true, \"expertId\": \"" + expertId + "\"}"));
  }

  private void noCandidate() {
    matchResults.add(json("{\"found\": false, \"expertId\": null}"));
  }

  private String lastOfferToken() {
    return offers.get(offers.size() - 1).get("taskToken").asText();
  }

  private List<String> path() {
    return engine.history("T-100").enteredStates();
  }

  @Test
  void acceptedOffer_goesOnToCompletionAndSurvey() {
    candidate("E-1");
    engine.start("ticket-lifecycle", "T-100", TICKET);

    assertThat(offers).singleElement().satisfies(offer -> {
      assertThat(offer.get("expertId").asText()).isEqualTo("E-1");
      assertThat(offer.get("type").asText()).isEqualTo("OFFER");
    });
    engine.sendTaskSuccess(lastOfferToken(), "{\"decision\": \"ACCEPTED\"}");
    String completionToken = completionRequests.get(0).get("taskToken").asText();
    engine.sendTaskSuccess(completionToken, "{\"notes\": \"replaced the router\"}");

    assertThat(engine.describe("T-100").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(path()).containsExactly("InitCounters", "Match", "HasCandidate", "Offer", "Accepted",
        "AwaitCompletion", "SendSurvey");
    assertThat(surveys).containsExactly(json("{\"ticketId\": \"T-100\", \"notes\": \"replaced the router\"}"));
  }

  @Test
  void declinedOffers_rematchUntilTheLimitThenEscalate() {
    candidate("E-1");
    candidate("E-2");
    candidate("E-3");
    engine.start("ticket-lifecycle", "T-100", TICKET);

    engine.sendTaskSuccess(lastOfferToken(), "{\"decision\": \"DECLINED\", \"reason\": \"too far\"}");
    engine.sendTaskSuccess(lastOfferToken(), "{\"decision\": \"DECLINED\", \"reason\": \"busy\"}");
    clock.advance(Duration.ofSeconds(900));

    assertThat(offers).extracting(offer -> offer.get("expertId").asText()).containsExactly("E-1", "E-2", "E-3");
    assertThat(released).extracting(r -> r.get("expertId").asText()).containsExactly("E-1", "E-2");
    assertThat(path()).containsExactly("InitCounters",
        "Match", "HasCandidate", "Offer", "Accepted", "CountDecline", "TooManyOffers", "ReleaseExpert",
        "Match", "HasCandidate", "Offer", "Accepted", "CountDecline", "TooManyOffers", "ReleaseExpert",
        "Match", "HasCandidate", "Offer", "CountDecline", "TooManyOffers", "Escalate", "Escalated");
    assertThat(escalations).containsExactly(
        json("{\"ticketId\": \"T-100\", \"counters\": {\"offers\": 3, \"noCandidateWaits\": 0}}"));
  }

  @Test
  void noCandidate_waitsFiveMinutesAndRematches() {
    noCandidate();
    candidate("E-7");
    engine.start("ticket-lifecycle", "T-100", TICKET);
    assertThat(offers).isEmpty();

    clock.advance(Duration.ofMinutes(5));

    assertThat(offers).extracting(offer -> offer.get("expertId").asText()).containsExactly("E-7");
    assertThat(path()).containsSubsequence("CountNoCandidate", "TooLongWithoutCandidate", "WaitForExperts",
        "Match", "HasCandidate", "Offer");
  }

  @Test
  void noCandidateForTooLong_escalates() {
    noCandidate();
    noCandidate();
    noCandidate();
    engine.start("ticket-lifecycle", "T-100", TICKET);

    clock.advance(Duration.ofMinutes(10));

    assertThat(engine.describe("T-100").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(path()).endsWith("TooLongWithoutCandidate", "Escalate", "Escalated");
    assertThat(escalations.get(0).at("/counters/noCandidateWaits").asInt()).isEqualTo(3);
  }

  @Test
  void unexpectedFailure_isCaughtAndEscalated() {
    engine.start("ticket-lifecycle", "T-100", TICKET);

    assertThat(path()).containsExactly("InitCounters", "Match", "Escalate", "Escalated");
    assertThat(engine.history("T-100").ofType(HistoryEventType.TASK_FAILED).get(0).details().get("error").asText())
        .isEqualTo("java.lang.IllegalStateException");
  }
}
