package com.penultimate.sysops.core.billing;

import static com.penultimate.sysops.core.fake.Fixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryContractRepository;
import com.penultimate.sysops.core.fake.InMemoryCustomerRepository;
import com.penultimate.sysops.core.fake.InMemoryProductRepository;
import com.penultimate.sysops.core.fake.RecordingBillingQueue;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.core.usecase.CustomerAccounts;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardUpdatesTest {
    private static final LocalDate END = LocalDate.parse("2026-11-20");

    private final InMemoryContractRepository contracts = new InMemoryContractRepository();
    private final RecordingBillingQueue queue = new RecordingBillingQueue();
    private final CustomerAccounts accounts = new CustomerAccounts(new InMemoryCustomerRepository(), contracts,
            new InMemoryProductRepository(), IdGenerator.random(), Fixtures.clock());
    private final CardUpdates cards = new CardUpdates(accounts, contracts, queue);

    @BeforeEach
    void registered() {
        accounts.register(customer("cust-cleo"), Fixtures.profile("Cleo Park"));
    }

    @Test
    void newCard_queuesACardChargeForEveryContractWaitingOnPayment() {
        contracts.add(contract("C-DUE", ContractStatus.PAST_DUE));
        contracts.add(contract("C-OFF", ContractStatus.SUSPENDED));
        contracts.add(contract("C-OK", ContractStatus.ACTIVE));
        contracts.add(contract("C-GONE", ContractStatus.CANCELLED));

        cards.putPaymentMethod(customer("cust-cleo"), "tok_visa_success");

        BillingStep step = BillingStep.cardUpdated(Fixtures.NOW);
        assertThat(queue.enqueued()).containsExactlyInAnyOrder(
                new BillingJob("cust-cleo", "C-DUE", END, step),
                new BillingJob("cust-cleo", "C-OFF", END, step));
    }

    @Test
    void refusedCard_queuesNothing() {
        contracts.add(contract("C-DUE", ContractStatus.PAST_DUE));

        assertThatThrownBy(() -> cards.putPaymentMethod(customer("cust-cleo"), "4111 1111 1111 1111"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(queue.enqueued()).isEmpty();
    }

    private static SupportContract contract(String id, ContractStatus status) {
        return new SupportContract(id, "cust-cleo", Set.of("TV-OLED55"), END.minusYears(1), END, status);
    }
}
