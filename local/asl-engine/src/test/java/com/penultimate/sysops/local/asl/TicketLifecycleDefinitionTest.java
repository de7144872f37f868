package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@code statemachines/ticket-lifecycle.asl.json} on the local interpreter, every path of it, with the
 * two Lambda functions it calls scripted: which states run, and which workflow actions are asked for.
 */
class TicketLifecycleDefinitionTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:";
    private static final String INPUT = "{\"ticketId\":\"T1\",\"offers\":0,\"waits\":0}";

    private final ManualWorkflowClock clock = new ManualWorkflowClock(EngineHarness.START);
    private final Deque<JsonNode> matches = new ArrayDeque<>();
    private final List<JsonNode> actions = new ArrayList<>();
    private final Deque<RuntimeException> workflowFailures = new ArrayDeque<>();
    private final Map<String, RuntimeException> failingActions = new HashMap<>();
    private final Map<String, String> answers = new HashMap<>();
    private WorkflowEngine engine;

    @BeforeEach
    void engineWithTheRealDefinition() throws IOException {
        RoutingTaskInvoker router = new RoutingTaskInvoker()
                .withFunction("sysops-expert-matching-local", (payload, context) -> {
                    JsonNode next = matches.poll();
                    if (next == null) {
                        throw new IllegalStateException("no scripted match left");
                    }
                    return next;
                })
                .withFunction("sysops-ticket-workflow-local", (payload, context) -> {
                    RuntimeException failure = workflowFailures.poll();
                    if (failure != null) {
                        throw failure;
                    }
                    if (failingActions.containsKey(payload.get("action").asText())) {
                        throw failingActions.get(payload.get("action").asText());
                    }
                    actions.add(payload);
                    return json(answers.getOrDefault(payload.get("action").asText(), "{\"ticketId\":\"T1\"}"));
                });
        engine = WorkflowEngine.builder().withClock(clock).withExecutor(Runnable::run).withTaskInvoker(router).build();
        engine.register("ticket-lifecycle", DefinitionSubstitutions.apply(definition(), Map.of(
                "TicketWorkflowFunctionArn", ARN + "sysops-ticket-workflow-local",
                "ExpertMatchingFunctionArn", ARN + "sysops-expert-matching-local")));
    }

    static String definition() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        return Files.readString(dir.resolve("statemachines/ticket-lifecycle.asl.json"));
    }

    private void reserved(String expert, int offers) {
        matches.add(json("{\"outcome\":\"RESERVED\",\"expertId\":\"" + expert + "\",\"offers\":" + offers + "}"));
    }

    private void nobody() {
        matches.add(json("{\"outcome\":\"NO_CANDIDATE\",\"expertId\":null,\"offers\":0}"));
    }

    private String tokenOf(String action) {
        for (int i = actions.size() - 1; i >= 0; i--) {
            if (actions.get(i).get("action").asText().equals(action)) {
                return actions.get(i).get("taskToken").asText();
            }
        }
        throw new AssertionError("no " + action + " in " + actions);
    }

    private JsonNode action(String name) {
        return actions.stream().filter(a -> a.get("action").asText().equals(name)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + actions));
    }

    private List<String> actionNames() {
        return actions.stream().map(a -> a.get("action").asText()).toList();
    }

    private List<String> path() {
        return engine.history("T1").enteredStates();
    }

    @Test
    void happyPath_offerAcceptComplete_thenTheSurveyIsSentRemindedAndClosed() {
        reserved("E1", 1);
        engine.start("ticket-lifecycle", "T1", INPUT);
        engine.sendTaskSuccess(tokenOf("offer"), "{\"answer\":\"ACCEPTED\"}");
        engine.sendTaskSuccess(tokenOf("awaitCompletion"), "{\"resolution\":\"new HDMI board\"}");

        assertThat(path()).endsWith("Completed", "SendSurvey", "AwaitSurveyAnswer");
        assertThat(engine.describe("T1").status()).isEqualTo(ExecutionStatus.RUNNING);
        clock.advance(Duration.ofDays(3));
        assertThat(path()).endsWith("RemindSurvey", "SurveyStillOpen?", "AwaitSurveyAfterReminder");
        clock.advance(Duration.ofDays(3));

        assertThat(engine.describe("T1").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(path()).containsExactly("BeginMatching", "Match", "ExpertReserved?", "Offer", "Answer?", "Accepted",
                "AwaitCompletion", "Completed", "SendSurvey", "AwaitSurveyAnswer", "RemindSurvey", "SurveyStillOpen?",
                "AwaitSurveyAfterReminder", "CloseSurvey", "Closed");
        assertThat(actionNames()).containsExactly("beginMatching", "offer", "accepted", "awaitCompletion", "completed",
                "sendSurvey", "remindSurvey", "closeSurvey");
        assertThat(action("completed").at("/completion/resolution").asText()).isEqualTo("new HDMI board");
    }

    @Test
    void answeredSurvey_endsTheWorkflowAfterTheReminderStep_withoutASecondWaitOrClosing() {
        answers.put("remindSurvey", "{\"ticketId\":\"T1\",\"surveyOpen\":false}");
        reserved("E1", 1);
        engine.start("ticket-lifecycle", "T1", INPUT);
        engine.sendTaskSuccess(tokenOf("offer"), "{\"answer\":\"ACCEPTED\"}");
        engine.sendTaskSuccess(tokenOf("awaitCompletion"), "{\"resolution\":\"new HDMI board\"}");
        clock.advance(Duration.ofDays(3));

        assertThat(engine.describe("T1").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(path()).endsWith("RemindSurvey", "SurveyStillOpen?", "Closed");
        assertThat(actionNames()).doesNotContain("closeSurvey");
    }

    @Test
    void completionWithAnArticle_handsTheArticleToTheCompletedStep() {
        reserved("E1", 1);
        engine.start("ticket-lifecycle", "T1", INPUT);
        engine.sendTaskSuccess(tokenOf("offer"), "{\"answer\":\"ACCEPTED\"}");
        engine.sendTaskSuccess(tokenOf("awaitCompletion"), "{\"resolution\":\"new fuse\",\"kbArticle\":"
                + "{\"title\":\"No sound\",\"problem\":\"p\",\"solution\":\"s\",\"tags\":[\"audio\"]}}");

        assertThat(action("completed").at("/completion/kbArticle/title").asText()).isEqualTo("No sound");
        assertThat(action("completed").at("/completion/kbArticle/tags/0").asText()).isEqualTo("audio");
    }

    @Test
    void surveyThatCannotBeSent_failsTheExecutionWithoutEscalatingTheCompletedTicket() {
        failingActions.put("sendSurvey", new TaskFailedException("java.lang.IllegalStateException", "no survey"));
        reserved("E1", 1);
        engine.start("ticket-lifecycle", "T1", INPUT);
        engine.sendTaskSuccess(tokenOf("offer"), "{\"answer\":\"ACCEPTED\"}");
        engine.sendTaskSuccess(tokenOf("awaitCompletion"), "{\"resolution\":\"new HDMI board\"}");

        assertThat(engine.describe("T1").status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(path()).endsWith("Completed", "SendSurvey", "SurveyFailed");
        assertThat(actionNames()).doesNotContain("escalate");
    }

    @Test
    void reminderOrCloseThatFails_failsTheExecutionToo() {
        failingActions.put("closeSurvey", new TaskFailedException("java.lang.IllegalStateException", "gone"));
        reserved("E1", 1);
        engine.start("ticket-lifecycle", "T1", INPUT);
        engine.sendTaskSuccess(tokenOf("offer"), "{\"answer\":\"ACCEPTED\"}");
        engine.sendTaskSuccess(tokenOf("awaitCompletion"), "{\"resolution\":\"new HDMI board\"}");
        clock.advance(Duration.ofDays(6));

        assertThat(engine.describe("T1").status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(path()).endsWith("RemindSurvey", "SurveyStillOpen?", "AwaitSurveyAfterReminder", "CloseSurvey",
                "SurveyFailed");
    }

    @Test
    void decline_releasesThenRematches() {
        reserved("E1", 1);
        reserved("E2", 2);
        engine.start("ticket-lifecycle", "T1", INPUT);
        engine.sendTaskSuccess(tokenOf("offer"), "{\"answer\":\"DECLINED\",\"reason\":\"too far\"}");

        assertThat(path()).containsExactly("BeginMatching", "Match", "ExpertReserved?", "Offer", "Answer?", "Declined",
                "TooManyOffers?", "Match", "ExpertReserved?", "Offer");
        JsonNode release = actions.stream().filter(a -> a.get("action").asText().equals("release")).findFirst().orElseThrow();
        assertThat(release.get("reason").asText()).isEqualTo("declined: too far");
    }

    @Test
    void offerTimeout_releasesAndRematches() {
        reserved("E1", 1);
        reserved("E2", 2);
        engine.start("ticket-lifecycle", "T1", INPUT);
        clock.advance(Duration.ofSeconds(900));

        assertThat(path()).containsSubsequence("Offer", "OfferTimedOut", "TooManyOffers?", "Match");
        assertThat(actions).anySatisfy(a -> assertThat(a.path("reason").asText()).isEqualTo("offer timed out"));
    }

    @Test
    void thirdDecline_escalates() {
        reserved("E1", 1);
        reserved("E2", 2);
        reserved("E3", 3);
        engine.start("ticket-lifecycle", "T1", INPUT);
        for (int i = 0; i < 3; i++) {
            engine.sendTaskSuccess(tokenOf("offer"), "{\"answer\":\"DECLINED\",\"reason\":\"busy\"}");
        }

        assertThat(path()).endsWith("Declined", "TooManyOffers?", "EscalateTooManyOffers", "Escalated");
        assertThat(actions.get(actions.size() - 1).get("reason").asText()).isEqualTo("no expert accepted after 3 offers");
    }

    @Test
    void noExpert_waitsAndRematches_thenEscalatesAfterTheLimit() {
        for (int i = 0; i < 7; i++) {
            nobody();
        }
        engine.start("ticket-lifecycle", "T1", INPUT);
        assertThat(path()).endsWith("CountWait", "KeepWaitCount", "WaitedTooLong?", "WaitForExperts");

        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofSeconds(300));
        }

        assertThat(engine.describe("T1").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(path()).endsWith("WaitedTooLong?", "EscalateNoExpert", "Escalated");
        assertThat(actionNames().stream().filter("beginMatching"::equals)).hasSize(7);
    }

    @Test
    void completionTimeout_escalates() {
        reserved("E1", 1);
        engine.start("ticket-lifecycle", "T1", INPUT);
        engine.sendTaskSuccess(tokenOf("offer"), "{\"answer\":\"ACCEPTED\"}");
        clock.advance(Duration.ofDays(7));

        assertThat(path()).endsWith("AwaitCompletion", "EscalateNotCompleted", "Escalated");
    }

    @Test
    void unexpectedError_isCaughtAndEscalatedWithTheErrorName() {
        engine.start("ticket-lifecycle", "T1", INPUT);

        assertThat(path()).containsExactly("BeginMatching", "Match", "EscalateOnError", "Escalated");
        assertThat(actions.get(actions.size() - 1).get("reason").asText())
                .isEqualTo("workflow error: java.lang.IllegalStateException");
    }

    @Test
    void transientConflict_isRetried() {
        workflowFailures.add(new TaskFailedException("com.penultimate.sysops.core.error.ConflictException", "raced"));
        reserved("E1", 1);
        engine.start("ticket-lifecycle", "T1", INPUT);
        clock.advance(Duration.ofSeconds(1));

        assertThat(path()).startsWith("BeginMatching", "Match", "ExpertReserved?", "Offer");
        assertThat(actionNames()).startsWith("beginMatching", "offer");
    }

    @Test
    void escalationThatFailsToo_failsTheExecution() {
        for (int i = 0; i < 5; i++) {
            workflowFailures.add(new TaskFailedException("Boom", "down"));
        }
        engine.start("ticket-lifecycle", "T1", INPUT);

        assertThat(engine.describe("T1").status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(path()).containsExactly("BeginMatching", "EscalateOnError", "EscalationFailed");
    }
}
