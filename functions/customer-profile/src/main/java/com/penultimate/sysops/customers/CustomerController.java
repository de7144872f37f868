package com.penultimate.sysops.customers;

import com.penultimate.sysops.core.billing.CardUpdates;
import com.penultimate.sysops.core.billing.CustomerInvoices;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.model.CustomerProfile;
import com.penultimate.sysops.core.model.Invoice;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.usecase.CustomerAccounts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import java.net.URI;
import java.util.List;

/** Registration, profile, contracts, invoices and card on file (API.md, Customers). */
@Controller("/customers")
class CustomerController {
    private final CustomerAccounts accounts;
    private final CardUpdates cards;
    private final CustomerInvoices invoices;

    CustomerController(CustomerAccounts accounts, CardUpdates cards, CustomerInvoices invoices) {
        this.accounts = accounts;
        this.cards = cards;
        this.invoices = invoices;
    }

    @Post
    HttpResponse<CustomerView> register(Caller caller, @Body CustomerProfile profile) {
        return HttpResponse.created(CustomerView.of(accounts.register(caller, profile)), URI.create("/customers/me"));
    }

    @Get("/me")
    CustomerView me(Caller caller) {
        return CustomerView.of(accounts.me(caller));
    }

    @Put("/me")
    CustomerView update(Caller caller, @Body CustomerProfile profile) {
        return CustomerView.of(accounts.updateProfile(caller, profile));
    }

    @Post("/me/contracts")
    HttpResponse<SupportContract> addContract(Caller caller, @Body ContractRequest request,
                                              @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        return HttpResponse.created(accounts.addContract(caller, request.products(), request.startDate(),
                idempotencyKey));
    }

    @Get("/me/contracts")
    List<SupportContract> contracts(Caller caller) {
        return accounts.contracts(caller);
    }

    @Get("/me/invoices")
    List<Invoice> invoices(Caller caller) {
        return invoices.mine(caller);
    }

    /** Puts the card on file; contracts waiting on a payment are charged on it right away. */
    @Put("/me/payment-method")
    CustomerView paymentMethod(Caller caller, @Body PaymentMethodRequest request) {
        return CustomerView.of(cards.putPaymentMethod(caller, request.token()));
    }
}
