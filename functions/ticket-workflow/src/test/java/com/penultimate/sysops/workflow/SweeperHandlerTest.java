package com.penultimate.sysops.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.penultimate.sysops.core.fake.RecordingWorkflow;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.TicketWorkflow;
import com.penultimate.sysops.lambda.testing.EventFiles;
import com.penultimate.sysops.lambda.testing.LambdaContexts;
import com.penultimate.sysops.lambda.testing.TestLambdaContext;
import com.penultimate.sysops.lambda.testing.TestWorld;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SweeperHandlerTest {
    private static final String STATE_MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:sysops-test";

    private TestWorld world;
    private SweeperHandler handler;
    private RecordingWorkflow workflow;

    @BeforeEach
    void start() {
        world = TestWorld.create(SweeperHandlerTest.class);
        Map<String, Object> settings = new HashMap<>(world.properties());
        settings.put("sysops.workflow.state-machine-arn", STATE_MACHINE);
        handler = new SweeperHandler(LambdaContexts.start(settings));
        workflow = (RecordingWorkflow) handler.getApplicationContext().getBean(TicketWorkflow.class);
    }

    @AfterEach
    void stop() {
        handler.close();
    }

    @Test
    void sweep_startsTheWorkflowOfTicketsReceivedPastTheirDeadline() {
        world.received("TSTUCK0001", ago(Duration.ofMinutes(10)));
        world.received("TFRESH0001", ago(Duration.ofSeconds(30)));

        SweepReport report = sweep(new TestLambdaContext());

        assertThat(report).isEqualTo(new SweepReport(1, 1, 0, 0, 0));
        assertThat(workflow.started()).containsExactly("TSTUCK0001");
    }

    @Test
    void sweep_restartsTicketsWaitingForAnExpertLongAfterTheLastLook() {
        waiting("TWAITOLD01", ago(Duration.ofHours(1)));
        waiting("TWAITNEW01", ago(Duration.ofMinutes(3)));

        SweepReport report = sweep(new TestLambdaContext());

        assertThat(report.started()).isEqualTo(1);
        assertThat(workflow.started()).containsExactly("TWAITOLD01");
    }

    @Test
    void sweep_leavesTicketsInOtherStatesAlone() {
        world.product();
        world.expert(TestWorld.EXPERT_ID, TestWorld.EXPERT_PHONE);
        world.received("TOLDMATCH1", ago(Duration.ofHours(2)));
        world.moved("TOLDMATCH1", TicketStatus.MATCHING, "looking", ago(Duration.ofHours(2)));

        SweepReport report = sweep(new TestLambdaContext());

        assertThat(report.stale()).isZero();
        assertThat(workflow.started()).isEmpty();
    }

    @Test
    void sweep_countsTicketsWhoseWorkflowAlreadyExists() {
        world.received("TSTUCK0002", ago(Duration.ofMinutes(10)));
        workflow.start("TSTUCK0002");

        SweepReport report = sweep(new TestLambdaContext());

        assertThat(report).isEqualTo(new SweepReport(1, 0, 1, 0, 0));
    }

    @Test
    void sweep_shortOfTime_leavesTheRestForTheNextSweep() {
        world.received("TSTUCK0003", ago(Duration.ofMinutes(10)));

        SweepReport report = sweep(new TestLambdaContext(Duration.ofSeconds(1), Clock.systemUTC()));

        assertThat(report).isEqualTo(new SweepReport(1, 0, 0, 0, 1));
        assertThat(workflow.started()).isEmpty();
    }

    @Test
    void sweeper_withoutTheStateMachine_failsAtStartNamingTheVariable() {
        assertThatThrownBy(() -> new SweeperHandler(LambdaContexts.start(world.properties())))
                .hasMessageContaining("SYSOPS_WORKFLOW_STATE_MACHINE_ARN");
    }

    private SweepReport sweep(TestLambdaContext context) {
        ScheduledEvent event = EventFiles.read("ticket-workflow", "sweep_tickets_schedule.json", ScheduledEvent.class);
        assertThat(event.getDetailType()).isEqualTo("Scheduled Event");
        return handler.handleRequest(event, context);
    }

    private void waiting(String ticketId, Instant since) {
        world.received(ticketId, since.minus(Duration.ofMinutes(1)));
        world.moved(ticketId, TicketStatus.MATCHING, "looking", since);
        world.moved(ticketId, TicketStatus.WAITING_FOR_EXPERT, "nobody free", since);
    }

    private static Instant ago(Duration duration) {
        return Instant.now().minus(duration);
    }
}
