package com.penultimate.sysops.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryCustomerRepository;
import com.penultimate.sysops.core.fake.InMemoryExpertRatings;
import com.penultimate.sysops.core.fake.InMemoryExpertRepository;
import com.penultimate.sysops.core.fake.InMemoryIdempotencyStore;
import com.penultimate.sysops.core.fake.InMemorySurveyRepository;
import com.penultimate.sysops.core.fake.InMemoryTicketRepository;
import com.penultimate.sysops.core.fake.RecordingSenders;
import com.penultimate.sysops.core.model.Address;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.NotificationPreference;
import com.penultimate.sysops.core.model.ServiceArea;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.model.Transition;
import com.penultimate.sysops.core.notification.MessageTexts;
import com.penultimate.sysops.core.notification.NotificationSender;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The survey from the invitation to the answer (or the close), over in-memory fakes. */
class SurveyTest {
    private static final String TICKET = "T7K2M9Q4X8B3D";
    private static final Pattern LINK = Pattern.compile("https://api\\.example\\.com/prod/surveys/([A-Za-z0-9_.-]+)");

    private final MovingClock clock = new MovingClock(Fixtures.NOW);
    private final InMemoryTicketRepository tickets = new InMemoryTicketRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryExpertRepository experts = new InMemoryExpertRepository();
    private final InMemoryExpertRatings ratings = new InMemoryExpertRatings();
    private final InMemorySurveyRepository surveys = new InMemorySurveyRepository(tickets, ratings);
    private final SurveyTokens tokens = new SurveyTokens("a-test-key-of-at-least-32-bytes!!".getBytes(
            StandardCharsets.UTF_8));
    private final RecordingSenders senders = new RecordingSenders();
    private final SurveyInvitations invitations = new SurveyInvitations(surveys, tickets, customers,
            sender(), clock);
    private final SurveyAnswers answers = new SurveyAnswers(surveys, tickets, experts, tokens, clock);

    @BeforeEach
    void completedTicket() {
        experts.create(new Expert("exp-ann", "Ann Expert", "+13125550199", "ann@sysops.example", Set.of("tv"),
                Fixtures.CHICAGO, new ServiceArea(Fixtures.CHICAGO, 30), 3, true, 0, 1));
        customer(NotificationPreference.EMAIL);
        Ticket ticket = Ticket.received(TICKET, "cust-zoe", "TV-OLED55", "No sound", Fixtures.CHICAGO, "cust-zoe",
                Fixtures.NOW);
        Ticket offered = ticket.moveTo(TicketStatus.MATCHING, "workflow", "matching", Fixtures.NOW);
        offered = offered.withDispatch(offered.dispatch().reserved("exp-ann", null, Fixtures.NOW))
                .moveTo(TicketStatus.OFFERED, "workflow", "offered", Fixtures.NOW);
        tickets.create(offered.moveTo(TicketStatus.ACCEPTED, "exp-ann", "accepted", Fixtures.NOW)
                .moveTo(TicketStatus.COMPLETED, "exp-ann", "resolved: new fuse", Fixtures.NOW), null);
    }

    @Test
    void send_opensTheSurveyAndEmailsTheSignedLink_once() {
        Survey survey = invitations.send(TICKET);
        invitations.send(TICKET);

        assertThat(survey).satisfies(s -> {
            assertThat(s.status()).isEqualTo(SurveyStatus.OPEN);
            assertThat(s.expertId()).isEqualTo("exp-ann");
            assertThat(s.product()).isEqualTo("TV-OLED55");
            assertThat(s.area()).isEqualTo("Chicago, US");
            assertThat(s.expiresAt()).isEqualTo(Fixtures.NOW.plus(SurveyInvitations.VALID_FOR));
        });
        assertThat(senders.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.channel()).isEqualTo("EMAIL");
            assertThat(mail.to()).isEqualTo("zoe@example.com");
            assertThat(mail.subject()).contains("Ann Expert", TICKET);
            assertThat(mail.text()).contains("works once, until Monday 30 November 2026");
        });
        assertThat(tokens.verify(tokenIn(senders.sent().get(0).text()), clock.instant()))
                .isEqualTo(survey.claim());
    }

    @Test
    void send_toACustomerWhoPrefersSms_texts() {
        customers.update(customers.find("cust-zoe").orElseThrow().withProfile(new com.penultimate.sysops.core.model
                .CustomerProfile("Zoe Quinn", "zoe@example.com", "+13125550111", NotificationPreference.SMS,
                new Address("1 Main St", "Chicago", "60601", "US"), Fixtures.CHICAGO), Fixtures.NOW));

        invitations.send(TICKET);

        assertThat(senders.sent()).singleElement().satisfies(sms -> {
            assertThat(sms.channel()).isEqualTo("SMS");
            assertThat(sms.to()).isEqualTo("+13125550111");
            assertThat(LINK.matcher(sms.text()).find()).isTrue();
        });
    }

    @Test
    void questions_showWhoIsRatedAndWhatIsAsked() {
        invitations.send(TICKET);

        SurveyQuestions questions = answers.questions(link());

        assertThat(questions.ticketId()).isEqualTo(TICKET);
        assertThat(questions.expertName()).isEqualTo("Ann Expert");
        assertThat(questions.questions()).extracting(SurveyQuestions.Question::field)
                .containsExactly("rating", "comments");
    }

    @Test
    void answer_storesIt_theTicketIsSurveyedByTheCustomer_andTheExpertIsRated() {
        invitations.send(TICKET);

        Survey answered = answers.answer(link(), 4, "  Quick and friendly.  ");

        assertThat(answered.status()).isEqualTo(SurveyStatus.ANSWERED);
        assertThat(surveys.find(TICKET).orElseThrow()).satisfies(s -> {
            assertThat(s.rating()).isEqualTo(4);
            assertThat(s.comments()).isEqualTo("Quick and friendly.");
        });
        Ticket ticket = tickets.find(TICKET).orElseThrow();
        assertThat(ticket.status()).isEqualTo(TicketStatus.SURVEYED);
        assertThat(ticket.history()).last().extracting(Transition::by, Transition::from)
                .containsExactly("customer", TicketStatus.COMPLETED);
        assertThat(ratings.averages(List.of("exp-ann"))).isEqualTo(Map.of("exp-ann", 4.0));
    }

    @Test
    void secondAnswer_isAConflictAndChangesNothing() {
        invitations.send(TICKET);
        String link = link();
        answers.answer(link, 5, "");

        assertThatThrownBy(() -> answers.answer(link, 1, "changed my mind")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already answered");
        assertThatThrownBy(() -> answers.questions(link)).isInstanceOf(ConflictException.class);
        assertThat(surveys.find(TICKET).orElseThrow().rating()).isEqualTo(5);
        assertThat(ratings.averages(List.of("exp-ann"))).isEqualTo(Map.of("exp-ann", 5.0));
    }

    @Test
    void forgedToken_isInvalid() {
        invitations.send(TICKET);
        String genuine = link();
        String forged = tokens(new byte[40]).sign(surveys.find(TICKET).orElseThrow().claim());

        assertThatThrownBy(() -> answers.answer(forged, 5, "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> answers.answer(genuine + "x", 5, "")).isInstanceOf(InvalidInputException.class);
        assertThat(tickets.find(TICKET).orElseThrow().status()).isEqualTo(TicketStatus.COMPLETED);
    }

    @Test
    void genuineTokenOfAnotherNonce_isInvalid() {
        invitations.send(TICKET);
        Survey survey = surveys.find(TICKET).orElseThrow();
        String stale = tokens.sign(new SurveyClaim(TICKET, survey.expiresAt(), "another-nonce"));

        assertThatThrownBy(() -> answers.answer(stale, 5, "")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void expiredLink_isGone() {
        invitations.send(TICKET);
        String link = link();
        clock.advance(SurveyInvitations.VALID_FOR);

        assertThatThrownBy(() -> answers.answer(link, 5, "")).isInstanceOf(SurveyGoneException.class);
    }

    @Test
    void invalidAnswer_isRefusedNamingTheFields_andChangesNothing() {
        invitations.send(TICKET);

        assertThatThrownBy(() -> answers.answer(link(), 6, "x".repeat(SurveyAnswers.MAX_COMMENTS + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("rating", "comments"));
        assertThatThrownBy(() -> answers.answer(link(), null, null)).isInstanceOf(InvalidInputException.class);
        assertThat(surveys.find(TICKET).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void unanswered_getsOneReminder_thenCloses_andTheLinkIsGone() {
        invitations.send(TICKET);
        String link = link();
        clock.advance(Duration.ofDays(3));

        assertThat(invitations.remind(TICKET)).isTrue();
        assertThat(invitations.remind(TICKET)).isTrue();
        clock.advance(Duration.ofDays(3));
        assertThat(invitations.close(TICKET)).isTrue();

        assertThat(senders.sent()).extracting(RecordingSenders.Sent::subject)
                .containsExactly("How did Ann Expert do? (ticket " + TICKET + ")",
                        "Reminder: how did Ann Expert do? (ticket " + TICKET + ")");
        assertThat(tokenIn(senders.sent().get(1).text())).isEqualTo(tokenIn(senders.sent().get(0).text()));
        assertThat(surveys.find(TICKET).orElseThrow().status()).isEqualTo(SurveyStatus.CLOSED);
        assertThat(tickets.find(TICKET).orElseThrow().status()).isEqualTo(TicketStatus.COMPLETED);
        assertThatThrownBy(() -> answers.answer(link, 5, "")).isInstanceOf(SurveyGoneException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void answeredSurvey_isNeitherRemindedNorClosed() {
        invitations.send(TICKET);
        answers.answer(link(), 3, "ok");

        assertThat(invitations.remind(TICKET)).isFalse();
        assertThat(invitations.close(TICKET)).isFalse();
        assertThat(senders.sent()).hasSize(1);
        assertThat(surveys.find(TICKET).orElseThrow().status()).isEqualTo(SurveyStatus.ANSWERED);
    }

    @Test
    void send_forATicketNotCompleted_fails() {
        tickets.create(Ticket.received("T0000000000AA", "cust-zoe", "TV-OLED55", "x", Fixtures.CHICAGO, "cust-zoe",
                Fixtures.NOW), null);

        assertThatThrownBy(() -> invitations.send("T0000000000AA")).isInstanceOf(IllegalStateException.class);
    }

    private String link() {
        return tokenIn(senders.sent().get(0).text());
    }

    private static String tokenIn(String text) {
        Matcher m = LINK.matcher(text);
        assertThat(m.find()).as("a survey link in: " + text).isTrue();
        return m.group(1);
    }

    private void customer(NotificationPreference preference) {
        customers.create(new Customer("cust-zoe", "Zoe Quinn", "zoe@example.com", "+13125550111", preference,
                new Address("1 Main St", "Chicago", "60601", "US"), Fixtures.CHICAGO, null, Fixtures.NOW,
                Fixtures.NOW));
    }

    private NotificationSender sender() {
        return SurveySenders.sender(new InMemoryIdempotencyStore(clock), tickets, customers, experts, senders,
                new MessageTexts(customers, experts, new SignedSurveyLinks(surveys, tokens,
                        "https://api.example.com/prod/")));
    }

    private static SurveyTokens tokens(byte[] key) {
        return new SurveyTokens(key);
    }

    /** A clock tests move on. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
