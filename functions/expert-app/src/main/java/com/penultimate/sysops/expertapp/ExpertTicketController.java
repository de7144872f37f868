package com.penultimate.sysops.expertapp;

import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.lifecycle.ArticleDrafts;
import com.penultimate.sysops.core.lifecycle.ExpertDesk;
import com.penultimate.sysops.core.model.Ticket;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

/**
 * The expert's mobile API (API.md, The expert's app): their tickets, answers to the ticket's workflow, and a
 * knowledge-base article drafted from a ticket they completed. An answer is 202: the workflow, which owns the
 * ticket's transitions, applies it moments later.
 */
@Controller
class ExpertTicketController {
    private final ExpertDesk desk;
    private final ArticleDrafts drafts;
    private final ExpertTicketViews views;

    ExpertTicketController(ExpertDesk desk, ArticleDrafts drafts, ExpertTicketViews views) {
        this.desk = desk;
        this.drafts = drafts;
        this.views = views;
    }

    @Get("/experts/me/tickets")
    ExpertTicketList myTickets(Caller caller) {
        return new ExpertTicketList(desk.myTickets(caller).stream().map(views::of).toList());
    }

    @Post("/tickets/{ticketId}/accept")
    HttpResponse<AnswerReceipt> accept(Caller caller, @PathVariable String ticketId) {
        return received(AnswerReceipt.ACCEPT, desk.accept(caller, ticketId));
    }

    @Post("/tickets/{ticketId}/decline")
    HttpResponse<AnswerReceipt> decline(Caller caller, @PathVariable String ticketId, @Body DeclineRequest request) {
        return received(AnswerReceipt.DECLINE, desk.decline(caller, ticketId, request.reason()));
    }

    @Post("/tickets/{ticketId}/complete")
    HttpResponse<AnswerReceipt> complete(Caller caller, @PathVariable String ticketId,
                                         @Body CompleteRequest request) {
        return received(AnswerReceipt.COMPLETE, desk.complete(caller, ticketId, request.resolution(),
                request.article()));
    }

    @Get("/tickets/{ticketId}/kb-draft")
    KbDraftView kbDraft(Caller caller, @PathVariable String ticketId) {
        return KbDraftView.of(ticketId, drafts.fromTicket(caller, ticketId));
    }

    private HttpResponse<AnswerReceipt> received(String answer, Ticket ticket) {
        return HttpResponse.<AnswerReceipt>status(HttpStatus.ACCEPTED).body(AnswerReceipt.of(answer, views.of(ticket)));
    }
}
