package com.penultimate.sysops.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.penultimate.sysops.core.billing.BillingJob;
import com.penultimate.sysops.core.billing.BillingRun;
import com.penultimate.sysops.core.billing.BillingStep;
import com.penultimate.sysops.core.fake.RecordingBillingQueue;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.port.BillingQueue;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BillingSchedulerHandlerTest {
    private static final String QUEUE = "http://127.0.0.1:9324/000000000000/sysops-billing-test";

    @Test
    void schedule_queuesTodaysContractsAndTheRetriesDue() {
        BillingWorld world = new BillingWorld(BillingSchedulerHandlerTest.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        world.contract("CTODAY000001", "cust-a", "tok_visa_success", today, ContractStatus.ACTIVE);
        world.contract("CTODAYOFF001", "cust-b", "tok_visa_success", today, ContractStatus.SUSPENDED);
        world.contract("CRETRY300001", "cust-c", "tok_card_declined", today.minusDays(3), ContractStatus.PAST_DUE);
        world.contract("CTOMORROW001", "cust-d", "tok_visa_success", today.plusDays(1), ContractStatus.ACTIVE);
        Map<String, Object> settings = world.properties();
        settings.put("sysops.queues.billing", QUEUE);

        try (BillingSchedulerHandler handler = new BillingSchedulerHandler(LambdaContexts.start(settings))) {
            BillingRun.Report report = handler.handleRequest(
                    EventFiles.read("billing", "run_billing_schedule.json", ScheduledEvent.class),
                    new TestLambdaContext());

            assertThat(report).isEqualTo(new BillingRun.Report(today, 1, 1));
            RecordingBillingQueue queue = (RecordingBillingQueue) handler.getApplicationContext()
                    .getBean(BillingQueue.class);
            assertThat(queue.enqueued()).containsExactlyInAnyOrder(
                    new BillingJob("cust-a", "CTODAY000001", today, BillingStep.due()),
                    new BillingJob("cust-c", "CRETRY300001", today.minusDays(3), BillingStep.retry(3)));
        }
    }

    @Test
    void withoutItsQueue_theSchedulerRefusesToStartAndNamesTheSetting() {
        BillingWorld world = new BillingWorld(BillingSchedulerHandlerTest.class);

        assertThatThrownBy(() -> new BillingSchedulerHandler(LambdaContexts.start(world.properties())))
                .hasMessageContaining("SYSOPS_QUEUES_BILLING");
    }
}
