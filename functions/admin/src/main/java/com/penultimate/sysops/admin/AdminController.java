package com.penultimate.sysops.admin;

import com.penultimate.sysops.core.billing.BillingRun;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.model.Expert;
import com.penultimate.sysops.core.model.Product;
import com.penultimate.sysops.core.port.Page;
import com.penultimate.sysops.core.usecase.Administration;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** Products, experts and billing runs (API.md, Administration). */
@Controller("/admin")
class AdminController {
    private final Administration administration;
    private final BillingRun billing;

    AdminController(Administration administration, BillingRun billing) {
        this.administration = administration;
        this.billing = billing;
    }

    @Put("/products/{code}")
    Product putProduct(Caller caller, @PathVariable String code, @Body ProductRequest request) {
        return administration.putProduct(caller, new Product(code, request.name(),
                request.skills() == null ? Set.of() : request.skills()));
    }

    @Get("/products")
    List<Product> products(Caller caller) {
        return administration.products(caller);
    }

    @Post("/experts")
    HttpResponse<Expert> createExpert(Caller caller, @Body NewExpertRequest request) {
        Expert expert = administration.createExpert(caller, request.expertId(), request.profile());
        return HttpResponse.created(expert, URI.create("/admin/experts/" + expert.expertId()));
    }

    @Get("/experts")
    ExpertPage experts(Caller caller, @QueryValue(defaultValue = "50") int limit, @Nullable @QueryValue String cursor) {
        Page<Expert> page = administration.experts(caller, limit, cursor);
        return new ExpertPage(page.items(), page.nextCursor());
    }

    @Get("/experts/{expertId}")
    Expert expert(Caller caller, @PathVariable String expertId) {
        return administration.expert(caller, expertId);
    }

    @Put("/experts/{expertId}")
    Expert updateExpert(Caller caller, @PathVariable String expertId, @Body NewExpertRequest request) {
        // A client may send back the expert it read, id included; an id other than the path's is refused.
        if (request.expertId() != null && !request.expertId().equals(expertId)) {
            throw InvalidInputException.of("expertId", "must be " + expertId + " (the expert in the path) or left out");
        }
        return administration.updateExpert(caller, expertId, request.profile());
    }

    /** Runs a billing day now: 202, the contracts are queued and charged by the billing function. */
    @Post("/billing/runs")
    HttpResponse<BillingRun.Report> runBilling(Caller caller, @Body BillingRunRequest request) {
        return HttpResponse.accepted().body(billing.runOnDemand(caller, request.date()));
    }
}
