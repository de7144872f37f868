package com.penultimate.sysops.core.lifecycle;

import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.matching.AssignmentExplanation;
import com.penultimate.sysops.core.matching.CandidateAssessment;
import com.penultimate.sysops.core.matching.ExpertMatcher;
import com.penultimate.sysops.core.matching.MatchRequest;
import com.penultimate.sysops.core.matching.WorkRule;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.Dispatcher;
import com.penultimate.sysops.core.port.ExpertDirectory;
import com.penultimate.sysops.core.port.ExpertRatings;
import com.penultimate.sysops.core.port.ProductRepository;
import com.penultimate.sysops.core.port.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflow's matching step: finds candidates by a keyed lookup, ranks them, and reserves the best one
 * still free together with the ticket's move to OFFERED. With nobody eligible the ticket waits for an expert.
 * Safe to retry: a ticket already OFFERED answers with the expert it holds.
 */
public final class TicketMatching {
    static final String BY = "workflow";

    private final TicketRepository tickets;
    private final ProductRepository products;
    private final ExpertDirectory directory;
    private final Dispatcher dispatcher;
    private final ExpertRatings ratings;
    private final ExpertMatcher matcher = new ExpertMatcher();
    private final Clock clock;

    public TicketMatching(TicketRepository tickets, ProductRepository products, ExpertDirectory directory,
                          Dispatcher dispatcher, ExpertRatings ratings, Clock clock) {
        this.tickets = tickets;
        this.products = products;
        this.directory = directory;
        this.dispatcher = dispatcher;
        this.ratings = ratings;
        this.clock = clock;
    }

    public MatchOutcome match(String ticketId) {
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new NotFoundException("no ticket " + ticketId));
        if (ticket.status() == TicketStatus.OFFERED) {
            return MatchOutcome.reserved(ticket.assignedExpertId(), ticket.dispatch().offers());
        }
        if (ticket.status() != TicketStatus.MATCHING) {
            throw new IllegalStateException("ticket " + ticketId + " is " + ticket.status() + ", not MATCHING");
        }
        Product product = products.find(ticket.product())
                .orElseThrow(() -> new NotFoundException("no product " + ticket.product()));
        List<Expert> found = candidates(ticket, product);
        MatchRequest request = new MatchRequest(ticket.location(), product.skills(),
                ticket.dispatch().excludedExperts(), null, ratingsOf(found));
        List<CandidateAssessment> ranked = matcher.rank(request, found);
        Instant now = clock.instant();
        for (CandidateAssessment best : ranked) {
            if (!best.eligible()) {
                break;
            }
            AssignmentExplanation why = new AssignmentExplanation(best.expertId(), found.size(), rejections(ranked),
                    ranked.subList(0, Math.min(AssignmentExplanation.KEPT, ranked.size())), now);
            Ticket offered = ticket.withDispatch(ticket.dispatch().reserved(best.expertId(), why, now))
                    .moveTo(TicketStatus.OFFERED, BY, "offered to " + best.expertId() + " (score "
                            + best.total() + ", " + best.distanceKm() + " km)", now);
            if (dispatcher.reserve(offered, best.expertId())) {
                return MatchOutcome.reserved(best.expertId(), offered.dispatch().offers());
            }
        }
        Ticket waiting = ticket.moveTo(TicketStatus.WAITING_FOR_EXPERT, BY,
                "no free expert passes every work rule (" + found.size() + " candidates found)", now);
        tickets.update(waiting);
        return MatchOutcome.noCandidate(ticket.dispatch().offers());
    }

    /** Experts holding the first skill near the ticket; the matcher checks the remaining skills. */
    private List<Expert> candidates(Ticket ticket, Product product) {
        String firstSkill = product.skills().stream().sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException("product " + product.code() + " needs no skill"));
        Map<String, Expert> unique = new LinkedHashMap<>();
        directory.candidates(ticket.location(), firstSkill).forEach(e -> unique.putIfAbsent(e.expertId(), e));
        return List.copyOf(unique.values());
    }

    /** Past survey ratings of the candidates; none to read when there are no candidates. */
    private Map<String, Double> ratingsOf(List<Expert> found) {
        return found.isEmpty() ? Map.of() : ratings.averages(found.stream().map(Expert::expertId).toList());
    }

    private static Map<WorkRule, Integer> rejections(List<CandidateAssessment> ranked) {
        Map<WorkRule, Integer> counts = new EnumMap<>(WorkRule.class);
        ranked.forEach(a -> a.rules().forEach((rule, passed) -> {
            if (!passed) {
                counts.merge(rule, 1, Integer::sum);
            }
        }));
        return counts;
    }
}
