package com.penultimate.sysops.tickets;

import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.ExpertRepository;
import com.penultimate.sysops.core.port.Page;
import com.penultimate.sysops.core.usecase.NewTicket;
import com.penultimate.sysops.core.usecase.TicketIntake;
import com.penultimate.sysops.core.usecase.TicketQueries;
import com.penultimate.sysops.lambda.metrics.BusinessMetrics;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.util.Arrays;

/** Filing tickets and reading them back (API.md, Tickets). */
@Controller("/tickets")
class TicketController {
    private final TicketIntake intake;
    private final TicketQueries queries;
    private final ExpertRepository experts;
    private final BusinessMetrics metrics;

    TicketController(TicketIntake intake, TicketQueries queries, ExpertRepository experts, BusinessMetrics metrics) {
        this.intake = intake;
        this.queries = queries;
        this.experts = experts;
        this.metrics = metrics;
    }

    /**
     * 202: the ticket is stored; matching an expert happens after the answer. Each accepted filing counts as a
     * business metric (a replay with the same Idempotency-Key counts again).
     */
    @Post
    HttpResponse<TicketView> file(Caller caller, @Body NewTicket request,
                                  @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        Ticket ticket = intake.file(caller, request, idempotencyKey);
        metrics.count(BusinessMetrics.TICKETS_FILED, ticket.ticketId());
        return HttpResponse.<TicketView>status(HttpStatus.ACCEPTED).body(view(caller, ticket))
                .header("Location", "/tickets/" + ticket.ticketId());
    }

    @Get("/{ticketId}")
    TicketView get(Caller caller, @PathVariable String ticketId) {
        return view(caller, queries.get(caller, ticketId));
    }

    @Get
    TicketPage list(Caller caller, @Nullable @QueryValue String status, @QueryValue(defaultValue = "50") int limit,
                    @Nullable @QueryValue String cursor) {
        Page<Ticket> page = queries.list(caller, parse(status), limit, cursor);
        return new TicketPage(page.items().stream().map(t -> view(caller, t)).toList(), page.nextCursor());
    }

    private TicketView view(Caller caller, Ticket ticket) {
        String expertId = ticket.assignedExpertId();
        TicketView.AssignedExpert expert = expertId == null ? null : new TicketView.AssignedExpert(expertId,
                experts.find(expertId).map(Expert::name).orElse(null));
        return TicketView.of(ticket, expert, caller.hasAny(Role.MANAGER, Role.ADMIN));
    }

    private static TicketStatus parse(String status) {
        if (status == null) {
            return null;
        }
        try {
            return TicketStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "must be one of " + Arrays.toString(TicketStatus.values()));
        }
    }
}
