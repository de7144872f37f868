package com.penultimate.sysops.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.Ticket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * Any inbound text, from any number, is parsed without failing; only the assigned expert's phone can change a
 * ticket. {@code {id}} in a fuzzed text stands for the offered ticket's id, so the fuzzer reaches past the parser.
 */
class SmsRepliesFuzzTest {

    /** Jazzer's agent unpacks itself into java.io.tmpdir, which the build points at target/tmp without creating it. */
    @BeforeAll
    static void tmpdirForTheAgent() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @FuzzTest(maxDuration = "20s")
    void anyText_fromAnyNumber_neverFailsAndOnlyTheAssignedPhoneActs(FuzzedDataProvider data) {
        LifecycleWorld world = new LifecycleWorld();
        Expert expert = world.expert("near", Fixtures.CHICAGO, 1);
        Ticket ticket = world.file();
        world.lifecycle.beginMatching(ticket.ticketId());
        world.matching.match(ticket.ticketId());
        world.lifecycle.offer(ticket.ticketId(), "token-1");
        Ticket offered = world.ticket(ticket.ticketId());
        boolean fromAssigned = data.consumeBoolean();
        String from = fromAssigned ? expert.phone() : data.consumeString(20);
        String text = data.consumeRemainingAsString().replace("{id}", ticket.ticketId());

        SmsCommand command = SmsCommand.parse(text);
        SmsReplies.Outcome outcome = new SmsReplies(world.tickets, world.experts, world.desk).handle(from, text);

        if (command instanceof SmsCommand.Unrecognised) {
            assertThat(command.ticketId()).isNull();
        } else {
            assertThat(command.ticketId()).matches("T[0-9A-Z]{4,24}");
        }
        if (!outcome.acted()) {
            assertThat(world.workflow.answers()).isEmpty();
            assertThat(world.ticket(ticket.ticketId())).isEqualTo(offered);
        }
        if (!fromAssigned && !expert.phone().equals(from)) {
            assertThat(outcome.acted()).isFalse();
        }
    }
}
