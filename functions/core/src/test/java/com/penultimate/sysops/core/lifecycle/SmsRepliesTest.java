package com.penultimate.sysops.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsRepliesTest {
    private final LifecycleWorld world = new LifecycleWorld();
    private final SmsReplies replies = new SmsReplies(world.tickets, world.experts, world.desk);

    @Test
    void accept_fromTheAssignedExpertsPhone_answersTheWorkflow() {
        Expert near = world.expert("near", Fixtures.CHICAGO, 1);
        String id = offered();

        SmsReplies.Outcome outcome = replies.handle(near.phone(), "accept " + id.toLowerCase());

        assertThat(outcome.acted()).isTrue();
        assertThat(world.workflow.answers()).containsValue("{\"answer\":\"ACCEPTED\"}");
    }

    @Test
    void reply_fromAnotherNumber_isIgnored() {
        world.expert("near", Fixtures.CHICAGO, 1);
        String id = offered();

        SmsReplies.Outcome outcome = replies.handle("+15550000000", "ACCEPT " + id);

        assertThat(outcome.acted()).isFalse();
        assertThat(world.workflow.answers()).isEmpty();
    }

    @Test
    void decline_carriesTheReason() {
        Expert near = world.expert("near", Fixtures.CHICAGO, 1);
        String id = offered();
        replies.handle(near.phone(), "DECLINE  " + id + "  stuck in traffic");
        assertThat(world.workflow.answers().values()).containsExactly(
                "{\"answer\":\"DECLINED\",\"reason\":\"stuck in traffic\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "ACCEPT", "ACCEPT 123", "YES T123456", "DONE"})
    void parse_refusesAnythingElse(String text) {
        assertThat(SmsCommand.parse(text)).isInstanceOf(SmsCommand.Unrecognised.class);
    }

    private String offered() {
        Ticket ticket = world.file();
        world.lifecycle.beginMatching(ticket.ticketId());
        world.matching.match(ticket.ticketId());
        world.lifecycle.offer(ticket.ticketId(), "token-1");
        return ticket.ticketId();
    }
}
