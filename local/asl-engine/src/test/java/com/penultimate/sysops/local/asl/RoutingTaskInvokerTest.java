package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTaskInvokerTest {

  private static final TaskContext CONTEXT = new TaskContext("arn", "exec", "m", "S", 0, null);

  private final List<JsonNode> payloads = new ArrayList<>();
  private final RoutingTaskInvoker router = new RoutingTaskInvoker()
      .withFunction("sysops-expert-matching-dev", (payload, context) -> {
        payloads.add(payload);
        return json("{\"expertId\": \"E-1\"}");
      })
      .withIntegration("arn:aws:states:::sqs:sendMessage", (resource, parameters, context) -> json("{\"MessageId\": \"m\"}"));

  @Test
  void lambdaArn_callsTheFunctionWithTheParametersAndReturnsItsResult() throws Exception {
    JsonNode result = router.invoke("arn:aws:lambda:us-east-1:123456789012:function:sysops-expert-matching-dev",
        json("{\"ticketId\": \"T-1\"}"), CONTEXT);

    assertThat(payloads).containsExactly(json("{\"ticketId\": \"T-1\"}"));
    assertThat(result).isEqualTo(json("{\"expertId\": \"E-1\"}"));
  }

  @Test
  void lambdaInvoke_callsFunctionNameWithPayloadAndWrapsTheResult() throws Exception {
    JsonNode result = router.invoke("arn:aws:states:::lambda:invoke", json("""
        {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:sysops-expert-matching-dev:live",
         "Payload": {"ticketId": "T-2"}}
        """), CONTEXT);

    assertThat(payloads).containsExactly(json("{\"ticketId\": \"T-2\"}"));
    assertThat(result.get("Payload")).isEqualTo(json("{\"expertId\": \"E-1\"}"));
    assertThat(result.get("StatusCode").asInt()).isEqualTo(200);
  }

  @Test
  void lambdaInvokeWaitForTaskToken_routesByFunctionName() throws Exception {
    router.invoke("arn:aws:states:::lambda:invoke.waitForTaskToken",
        json("{\"FunctionName\": \"sysops-expert-matching-dev\", \"Payload\": {\"t\": 1}}"), CONTEXT);

    assertThat(payloads).containsExactly(json("{\"t\": 1}"));
  }

  @Test
  void integration_routesWithOrWithoutTheTokenSuffix() throws Exception {
    assertThat(router.invoke("arn:aws:states:::sqs:sendMessage.waitForTaskToken", json("{}"), CONTEXT))
        .isEqualTo(json("{\"MessageId\": \"m\"}"));
  }

  @Test
  void unknownResource_failsWithStatesRuntimeNamingIt() {
    assertThatThrownBy(() -> router.invoke("arn:aws:states:::sns:publish", json("{}"), CONTEXT))
        .isInstanceOfSatisfying(TaskFailedException.class, e -> {
          assertThat(e.error()).isEqualTo("States.Runtime");
          assertThat(e.errorCause()).contains("arn:aws:states:::sns:publish");
        });
  }
}
