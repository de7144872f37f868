package com.penultimate.sysops.local.asl;

import static com.penultimate.sysops.local.asl.EngineHarness.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine on its own thread pool and an accelerated clock, as the local runtime runs it. */
class ThreadedEngineTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private static final String OFFER = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

  private final ScaledWorkflowClock clock = ScaledWorkflowClock.accelerated(6000);
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final CountDownLatch offersSent = new CountDownLatch(50);
  private WorkflowEngine engine;

  @AfterEach
  void tearDown() throws InterruptedException {
    engine.close();
    clock.close();
  }

  private WorkflowEngine engine(TaskInvoker invoker) {
    engine = WorkflowEngine.builder().withClock(clock).withThreads(2).withTaskInvoker(invoker).build();
    return engine;
  }

  @Test
  void manyExecutionsWaitOnTokensWithoutHoldingThreads() throws InterruptedException {
    engine((resource, parameters, context) -> {
      tokens.put(context.executionName(), context.taskToken());
      offersSent.countDown();
      return null;
    });
    engine.register("offer", """
        {"StartAt": "Offer", "States": {"Offer": {"Type": "Task", "Resource": "%s", "End": true}}}
        """.formatted(OFFER));
    List<String> names = IntStream.range(0, 50).mapToObj(i -> "T-" + i).toList();

    names.forEach(name -> engine.start("offer", name, "{}"));
    assertThat(offersSent.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    names.forEach(name -> engine.sendTaskSuccess(tokens.get(name), "{\"by\": \"" + name + "\"}"));

    for (String name : names) {
      ExecutionDescription done = engine.awaitCompletion(name, PATIENCE);
      assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(done.output()).isEqualTo(json("{\"by\": \"" + name + "\"}"));
    }
  }

  @Test
  void acceleratedClock_makesAFiveMinuteWaitQuick() throws InterruptedException {
    engine((resource, parameters, context) -> parameters);
    engine.register("wait", """
        {"StartAt": "Wait", "States": {"Wait": {"Type": "Wait", "Seconds": 300, "End": true}}}
        """);
    Instant realStart = Instant.now();

    engine.start("wait", "w", "{}");
    ExecutionDescription done = engine.awaitCompletion("w", PATIENCE);

    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Duration.between(done.startDate(), done.stopDate())).isGreaterThanOrEqualTo(Duration.ofSeconds(300));
    assertThat(Duration.between(realStart, Instant.now())).isLessThan(PATIENCE);
  }

  @Test
  void awaitTermination_drainsATaskThatIsStillRunning() throws InterruptedException {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    engine((resource, parameters, context) -> {
      entered.countDown();
      release.await();
      return json("{\"drained\": true}");
    });
    engine.register("slow", """
        {"StartAt": "Slow", "States": {"Slow": {"Type": "Task", "Resource": "r", "Next": "After"},
                                       "After": {"Type": "Pass", "End": true}}}
        """);
    engine.start("slow", "s", "{}");
    assertThat(entered.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

    engine.shutdown();
    release.countDown();
    boolean drained = engine.awaitTermination(PATIENCE);

    assertThat(drained).isTrue();
    assertThat(engine.describe("s").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(engine.describe("s").output()).isEqualTo(json("{\"drained\": true}"));
  }
}
