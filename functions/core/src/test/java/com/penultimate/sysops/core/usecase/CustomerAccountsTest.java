package com.penultimate.sysops.core.usecase;

import static com.penultimate.sysops.core.fake.Fixtures.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.ForbiddenException;
import com.penultimate.sysops.core.error.IdempotencyKeyReusedException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.fake.Fixtures;
import com.penultimate.sysops.core.fake.InMemoryContractRepository;
import com.penultimate.sysops.core.fake.InMemoryCustomerRepository;
import com.penultimate.sysops.core.fake.InMemoryProductRepository;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.CustomerProfile;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.IdGenerator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerAccountsTest {
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final CustomerAccounts accounts = new CustomerAccounts(customers, new InMemoryContractRepository(),
            products, IdGenerator.random(), Fixtures.clock());

    @BeforeEach
    void catalogue() {
        products.put(Fixtures.tv());
    }

    @Test
    void register_storesProfileUnderCallersSubject() {
        accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace"));

        assertThat(customers.find("cust-1")).get().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Ada Lovelace");
            assertThat(c.hasPaymentMethod()).isFalse();
        });
    }

    @Test
    void register_twiceIsAConflict() {
        accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace"));
        assertThatThrownBy(() -> accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void register_onlyByCustomers() {
        assertThatThrownBy(() -> accounts.register(Fixtures.caller("x", Role.EXPERT), Fixtures.profile("Ada")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void register_namesEveryBadField() {
        CustomerProfile bad = new CustomerProfile("", "not-an-email", "555", null, null, null);
        assertThatThrownBy(() -> accounts.register(customer("cust-1"), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .contains("name", "email", "phone", "notificationPreference", "address", "location"));
        assertThat(customers.find("cust-1")).isEmpty();
    }

    @Test
    void addContract_coversOneYearAndIsActive() {
        accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace"));
        SupportContract contract = accounts.addContract(customer("cust-1"), List.of("TV-OLED55"),
                LocalDate.parse("2026-11-23"));

        assertThat(contract.endDate()).isEqualTo(LocalDate.parse("2027-11-23"));
        assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.covers("TV-OLED55", LocalDate.parse("2027-11-22"))).isTrue();
        assertThat(contract.covers("TV-OLED55", LocalDate.parse("2027-11-23"))).isFalse();
        assertThat(accounts.contracts(customer("cust-1"))).containsExactly(contract);
    }

    @Test
    void addContract_sentAgainWithTheSameIdempotencyKey_returnsTheFirstContractAndStoresOne() {
        accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace"));
        LocalDate start = LocalDate.parse("2026-11-23");
        SupportContract first = accounts.addContract(customer("cust-1"), List.of("TV-OLED55"), start, "tap-1");
        SupportContract again = accounts.addContract(customer("cust-1"), List.of("TV-OLED55"), start, "tap-1");

        assertThat(again).isEqualTo(first);
        assertThat(accounts.contracts(customer("cust-1"))).containsExactly(first);
        assertThat(first.contractId()).matches("C[0-9A-HJKMNP-TV-Z]{12}");
    }

    @Test
    void addContract_withAnotherKeyOrNoKey_makesAnotherContract() {
        accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace"));
        LocalDate start = LocalDate.parse("2026-11-23");
        accounts.addContract(customer("cust-1"), List.of("TV-OLED55"), start, "tap-1");
        accounts.addContract(customer("cust-1"), List.of("TV-OLED55"), start, "tap-2");
        accounts.addContract(customer("cust-1"), List.of("TV-OLED55"), start);

        assertThat(accounts.contracts(customer("cust-1"))).hasSize(3);
    }

    @Test
    void addContract_sameKeyForADifferentRequest_isRefused() {
        accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace"));
        accounts.addContract(customer("cust-1"), List.of("TV-OLED55"), LocalDate.parse("2026-11-23"), "tap-1");

        assertThatThrownBy(() -> accounts.addContract(customer("cust-1"), List.of("TV-OLED55"),
                LocalDate.parse("2026-11-24"), "tap-1")).isInstanceOf(IdempotencyKeyReusedException.class);
        assertThatThrownBy(() -> accounts.addContract(customer("cust-1"), List.of("TV-OLED55"),
                LocalDate.parse("2026-11-23"), " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Idempotency-Key");
        assertThat(accounts.contracts(customer("cust-1"))).hasSize(1);
    }

    @Test
    void keyedContractIds_differByCustomerAndByKey() {
        assertThat(CustomerAccounts.keyedId("cust-1", "k")).isEqualTo(CustomerAccounts.keyedId("cust-1", "k"))
                .isNotEqualTo(CustomerAccounts.keyedId("cust-2", "k"))
                .isNotEqualTo(CustomerAccounts.keyedId("cust-1", "k2"));
    }

    @Test
    void addContract_refusesUnknownProducts() {
        accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace"));
        assertThatThrownBy(() -> accounts.addContract(customer("cust-1"), List.of("NOPE"), LocalDate.parse("2026-11-23")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("NOPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "tok_4111-1111-1111-1111", "5500000000000004"})
    void putPaymentMethod_refusesAnythingLikeACardNumber(String token) {
        accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace"));
        assertThatThrownBy(() -> accounts.putPaymentMethod(customer("cust-1"), token))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("never a card number");
        assertThat(customers.find("cust-1").orElseThrow().paymentToken()).isNull();
    }

    @Test
    void putPaymentMethod_storesProviderToken() {
        accounts.register(customer("cust-1"), Fixtures.profile("Ada Lovelace"));
        accounts.putPaymentMethod(customer("cust-1"), "tok_visa_success");
        assertThat(customers.find("cust-1").orElseThrow().paymentToken()).isEqualTo("tok_visa_success");
    }
}
