package com.penultimate.sysops.local.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.asl.ManualWorkflowClock;
import com.penultimate.sysops.local.gateway.LocalEndpoint;
import com.penultimate.sysops.local.services.AsyncLambdaInvoker;
import com.penultimate.sysops.local.services.CallerRunsExecutor;
import com.penultimate.sysops.local.services.TemplateDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalSchedulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Saturday. */
    private final ManualWorkflowClock clock = new ManualWorkflowClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final List<Map.Entry<String, JsonNode>> invocations = new CopyOnWriteArrayList<>();
    private AsyncLambdaInvoker async;
    private LocalSchedules schedules;

    @BeforeEach
    void start() throws Exception {
        TemplateDocument template = TemplateDocument.read(
                Path.of(getClass().getResource("/local/schedule-template.yaml").toURI()), Map.of(), null);
        async = new AsyncLambdaInvoker((function, event) -> {
            invocations.add(Map.entry(function, JSON.readTree(event)));
            return "null";
        }, clock, new CallerRunsExecutor(), List.of());
        schedules = new LocalSchedules(ScheduleTemplate.read(template), async, clock);
        schedules.start();
    }

    @AfterEach
    void stop() throws Exception {
        schedules.close();
        async.close(Duration.ofSeconds(1));
    }

    @Test
    void rateSchedule_firesEveryPeriodWithItsInput() {
        clock.advance(Duration.ofMinutes(15));

        assertThat(calls("SweeperFunction")).hasSize(3)
                .allSatisfy(event -> assertThat(event).isEqualTo(JSON.createObjectNode().put("sweep", "stuck-tickets")));
    }

    @Test
    void dailyCronRule_sendsTheScheduledEventAtItsTime() {
        clock.advance(Duration.ofHours(16));
        assertThat(calls("BillingFunction")).isEmpty();
        clock.advance(Duration.ofHours(1));

        assertThat(calls("BillingFunction")).singleElement().satisfies(event -> {
            assertThat(event.path("version").asText()).isEqualTo("0");
            assertThat(event.path("id").asText()).isNotBlank();
            assertThat(event.path("detail-type").asText()).isEqualTo("Scheduled Event");
            assertThat(event.path("source").asText()).isEqualTo("aws.events");
            assertThat(event.path("account").asText()).isEqualTo("000000000000");
            assertThat(event.path("time").asText()).isEqualTo("2025-03-02T02:00:00Z");
            assertThat(event.path("region").asText()).isEqualTo("us-east-1");
            assertThat(event.path("resources").get(0).asText())
                    .isEqualTo("arn:aws:events:us-east-1:000000000000:rule/sysops-billing-daily");
            assertThat(event.path("detail").isObject()).isTrue();
        });
    }

    @Test
    void schedulerScheduleInATimeZone_firesThereOnMondayMorning() {
        clock.advance(Duration.ofDays(2).plusHours(5));

        assertThat(calls("ReportsFunction")).singleElement().satisfies(event -> {
            assertThat(event.path("source").asText()).isEqualTo("aws.scheduler");
            assertThat(event.path("time").asText()).isEqualTo("2025-03-03T14:00:00Z");
            assertThat(event.path("resources").get(0).asText())
                    .isEqualTo("arn:aws:scheduler:us-east-1:000000000000:schedule/default/sysops-weekly-report");
        });
    }

    @Test
    void disabledSchedule_neverFiresOnItsOwn_butCanBeFiredNow() {
        clock.advance(Duration.ofHours(3));
        assertThat(schedules.nextFire("ReportsFunctionPaused")).isEmpty();
        assertThat(calls("ReportsFunction")).isEmpty();

        schedules.fireNow("ReportsFunctionPaused");

        assertThat(calls("ReportsFunction")).hasSize(1);
    }

    @Test
    void close_callsOffEveryFutureFire() {
        schedules.close();
        clock.advance(Duration.ofDays(7));

        assertThat(invocations).isEmpty();
    }

    @Test
    void endpoints_listTheSchedulesAndFireOneByName() throws Exception {
        JsonNode listed = JSON.readTree(new SchedulesEndpoint(schedules).handle(new byte[0]).json());
        FireScheduleEndpoint fire = new FireScheduleEndpoint(schedules);
        LocalEndpoint.Answer fired = fire.handle("{\"name\":\"sysops-billing-daily\"}".getBytes(StandardCharsets.UTF_8));
        LocalEndpoint.Answer unknown = fire.handle("{\"name\":\"nope\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(listed).hasSize(4);
        assertThat(listed.get(0).path("name").asText()).isEqualTo("sysops-billing-daily");
        assertThat(listed.get(0).path("nextFire").asText()).isEqualTo("2025-03-02T02:00:00Z");
        assertThat(fired.status()).isEqualTo(202);
        assertThat(calls("BillingFunction")).hasSize(1);
        assertThat(unknown.status()).isEqualTo(404);
    }

    private List<JsonNode> calls(String function) {
        return invocations.stream().filter(i -> i.getKey().equals(function)).map(Map.Entry::getValue).toList();
    }
}
