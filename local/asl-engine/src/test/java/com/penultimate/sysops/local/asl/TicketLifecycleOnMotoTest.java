package com.penultimate.sysops.local.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.moto.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real {@code statemachines/ticket-lifecycle.asl.json} on moto's Step Functions interpreter and on this module's
 * engine, fed the same function results and answers: both must enter the same states with the same inputs, call
 * the functions with the same payloads and end the same way. Moto runs Wait states in real time, so both get the
 * definition with its 300-second wait for experts and its two three-day waits for the survey's answer cut to one
 * second each; nothing else is changed.
 *
 * <p>Each scenario's matching function lives in a region of its own, so a scenario that fails part way leaves its
 * unused results in a queue no other scenario reads; nothing is ever queued for the workflow function's region.
 */
class TicketLifecycleOnMotoTest {
    private static final String WORKFLOW_FUNCTION =
            "arn:aws:lambda:eu-west-3:" + MotoServer.ACCOUNT + ":function:sysops-ticket-workflow-test";
    private static final String WAIT_FOR_EXPERTS = "\"Seconds\": 300";
    private static final String WAIT_FOR_SURVEY = "\"Seconds\": 259200";
    private static final String ACCEPTED = "{\"answer\":\"ACCEPTED\"}";
    private static final String DECLINED = "{\"answer\":\"DECLINED\",\"reason\":\"too far\"}";
    private static final String DONE = "{\"resolution\":\"new HDMI board\"}";
    private static final List<String> ACCEPT_TO_CLOSE = List.of("Answer?", "Accepted", "AwaitCompletion", "Completed",
            "SendSurvey", "AwaitSurveyAnswer", "RemindSurvey", "SurveyStillOpen?", "AwaitSurveyAfterReminder", "CloseSurvey", "Closed");

    /** MotoServer logs to java.io.tmpdir, which the build sets to this module's target/tmp without creating it. */
    @BeforeAll
    static void tmpdirForTheMotoLog() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void happyPath_entersTheSameStatesOnMotoAsLocally() throws IOException {
        LifecycleScript script = script("eu-west-1", List.of(reserved("E1", 1)), List.of(ACCEPTED, DONE));

        LifecycleTrace local = bothAgree(script);

        assertThat(local.path()).containsExactlyElementsOf(
                concat(List.of("BeginMatching", "Match", "ExpertReserved?", "Offer"), ACCEPT_TO_CLOSE));
        assertThat(local.status()).isEqualTo("SUCCEEDED");
    }

    @Test
    void declineThenRematch_entersTheSameStatesOnMotoAsLocally() throws IOException {
        LifecycleScript script = script("eu-west-2", List.of(reserved("E1", 1), reserved("E2", 2)),
                List.of(DECLINED, ACCEPTED, DONE));

        LifecycleTrace local = bothAgree(script);

        assertThat(local.path()).containsExactlyElementsOf(concat(List.of("BeginMatching", "Match",
                "ExpertReserved?", "Offer", "Answer?", "Declined", "TooManyOffers?", "Match", "ExpertReserved?",
                "Offer"), ACCEPT_TO_CLOSE));
        assertThat(local.calls()).anySatisfy(call -> assertThat(call.payload().path("reason").asText())
                .isEqualTo("declined: too far"));
        assertThat(local.status()).isEqualTo("SUCCEEDED");
    }

    @Test
    void noExpertUntilTheWaitLimit_escalatesOnMotoAsLocally() throws IOException {
        String nobody = "{\"outcome\":\"NO_CANDIDATE\",\"expertId\":null,\"offers\":0}";
        LifecycleScript script = script("eu-central-1", Collections.nCopies(7, nobody), List.of());

        LifecycleTrace local = bothAgree(script);

        List<String> attempt = List.of("BeginMatching", "Match", "ExpertReserved?", "CountWait", "KeepWaitCount",
                "WaitedTooLong?");
        List<String> expected = new ArrayList<>(attempt);
        for (int wait = 0; wait < 6; wait++) {
            expected.add("WaitForExperts");
            expected.addAll(attempt);
        }
        expected.addAll(List.of("EscalateNoExpert", "Escalated"));
        assertThat(local.path()).containsExactlyElementsOf(expected);
        assertThat(local.status()).isEqualTo("SUCCEEDED");
        assertThat(local.output().path("waits").asInt()).isEqualTo(7);
    }

    /** Runs the script on moto and locally, asserts they agree in every respect, and returns the local trace. */
    private static LifecycleTrace bothAgree(LifecycleScript script) throws IOException {
        String definition = definitionForComparison(script);

        LifecycleTrace moto = MotoLifecycleRun.run(definition, script);
        LifecycleTrace local = LocalLifecycleRun.run(definition, script);

        assertThat(moto.path()).as("states entered on moto vs locally").isEqualTo(local.path());
        assertThat(moto.states()).as("state types and inputs on moto vs locally").isEqualTo(local.states());
        assertThat(moto.calls()).as("Lambda calls on moto vs locally").isEqualTo(local.calls());
        assertThat(moto.status()).as("status on moto vs locally").isEqualTo(local.status());
        assertThat(moto.output()).as("output on moto vs locally").isEqualTo(local.output());
        return local;
    }

    /**
     * The real definition with the script's function ARNs, its wait for experts cut from 300 seconds to 1 and its
     * waits for the survey's answer from three days to 1 second.
     */
    private static String definitionForComparison(LifecycleScript script) throws IOException {
        String real = TicketLifecycleDefinitionTest.definition();
        assertThat(real).as("the wait for experts this comparison shortens").containsOnlyOnce(WAIT_FOR_EXPERTS);
        assertThat(real.split(WAIT_FOR_SURVEY, -1)).as("the two survey waits this comparison shortens").hasSize(3);
        String shortened = real.replace(WAIT_FOR_EXPERTS, "\"Seconds\": 1").replace(WAIT_FOR_SURVEY, "\"Seconds\": 1");
        return DefinitionSubstitutions.apply(shortened, Map.of(
                "TicketWorkflowFunctionArn", WORKFLOW_FUNCTION,
                "ExpertMatchingFunctionArn", script.matchingFunctionArn()));
    }

    private static LifecycleScript script(String matchingRegion, List<String> matches, List<String> answers) {
        String matching = "arn:aws:lambda:" + matchingRegion + ":" + MotoServer.ACCOUNT
                + ":function:sysops-expert-matching-test";
        return new LifecycleScript(WORKFLOW_FUNCTION, matching, matches, answers);
    }

    private static String reserved(String expert, int offers) {
        return "{\"outcome\":\"RESERVED\",\"expertId\":\"" + expert + "\",\"offers\":" + offers + "}";
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
