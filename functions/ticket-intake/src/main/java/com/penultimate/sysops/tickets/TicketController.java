package com.penultimate.sysops.tickets;

import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.model.Ticket;
import com.penultimate.sysops.core.model.TicketStatus;
import com.penultimate.sysops.core.port.Page;
import com.penultimate.sysops.core.usecase.NewTicket;
import com.penultimate.sysops.core.usecase.TicketIntake;
import com.penultimate.sysops.core.usecase.TicketQueries;
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

    TicketController(TicketIntake intake, TicketQueries queries) {
        this.intake = intake;
        this.queries = queries;
    }

    /** 202: the ticket is stored; matching an expert happens after the answer. */
    @Post
    HttpResponse<TicketView> file(Caller caller, @Body NewTicket request,
                                  @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        Ticket ticket = intake.file(caller, request, idempotencyKey);
        return HttpResponse.<TicketView>status(HttpStatus.ACCEPTED).body(TicketView.of(ticket))
                .header("Location", "/tickets/" + ticket.ticketId());
    }

    @Get("/{ticketId}")
    TicketView get(Caller caller, @PathVariable String ticketId) {
        return TicketView.of(queries.get(caller, ticketId));
    }

    @Get
    TicketPage list(Caller caller, @Nullable @QueryValue String status, @QueryValue(defaultValue = "50") int limit,
                    @Nullable @QueryValue String cursor) {
        Page<Ticket> page = queries.list(caller, parse(status), limit, cursor);
        return new TicketPage(page.items().stream().map(TicketView::of).toList(), page.nextCursor());
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
