package com.penultimate.sysops.core.usecase;

import com.penultimate.sysops.core.error.ConflictException;
import com.penultimate.sysops.core.error.IdempotencyKeyReusedException;
import com.penultimate.sysops.core.error.InvalidInputException;
import com.penultimate.sysops.core.error.NotFoundException;
import com.penultimate.sysops.core.identity.Caller;
import com.penultimate.sysops.core.identity.Role;
import com.penultimate.sysops.core.model.ContractStatus;
import com.penultimate.sysops.core.model.Customer;
import com.penultimate.sysops.core.model.CustomerProfile;
import com.penultimate.sysops.core.model.SupportContract;
import com.penultimate.sysops.core.port.ContractRepository;
import com.penultimate.sysops.core.port.CustomerRepository;
import com.penultimate.sysops.core.port.IdGenerator;
import com.penultimate.sysops.core.port.ProductRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Registration, profile, support contracts and card on file: what a customer does for themselves. */
public final class CustomerAccounts {
    private static final int MAX_KEY = 128;
    private static final Pattern CARD_LIKE_DIGITS = Pattern.compile("\\d{12,19}");
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{8,128}$");

    private final CustomerRepository customers;
    private final ContractRepository contracts;
    private final ProductRepository products;
    private final IdGenerator ids;
    private final Clock clock;

    public CustomerAccounts(CustomerRepository customers, ContractRepository contracts, ProductRepository products,
                            IdGenerator ids, Clock clock) {
        this.customers = customers;
        this.contracts = contracts;
        this.products = products;
        this.ids = ids;
        this.clock = clock;
    }

    public Customer register(Caller caller, CustomerProfile profile) {
        caller.require(Role.CUSTOMER);
        ProfileRules.check(profile);
        Instant now = clock.instant();
        Customer customer = new Customer(caller.subject(), profile.name(), profile.email(), profile.phone(),
                profile.notificationPreference(), profile.address(), profile.location(), null, now, now);
        customers.create(customer);
        return customer;
    }

    public Customer me(Caller caller) {
        caller.require(Role.CUSTOMER);
        return existing(caller.subject());
    }

    public Customer updateProfile(Caller caller, CustomerProfile profile) {
        caller.require(Role.CUSTOMER);
        ProfileRules.check(profile);
        Customer updated = existing(caller.subject()).withProfile(profile, clock.instant());
        customers.update(updated);
        return updated;
    }

    public SupportContract addContract(Caller caller, List<String> productCodes, LocalDate startDate) {
        return addContract(caller, productCodes, startDate, null);
    }

    /**
     * Registers a support contract. With an idempotency key (the {@code Idempotency-Key} header), the contract's id
     * is derived from the customer and the key, so a request sent again after a lost answer or a double tap finds
     * the contract the first one made instead of making a second one that would be billed too; the same key with a
     * different request is refused.
     */
    public SupportContract addContract(Caller caller, List<String> productCodes, LocalDate startDate,
                                       String idempotencyKey) {
        caller.require(Role.CUSTOMER);
        new Checks().codes("products", productCodes, 50).present("startDate", startDate)
                .that(idempotencyKey == null || (!idempotencyKey.isBlank() && idempotencyKey.length() <= MAX_KEY),
                        "Idempotency-Key", "must be 1-" + MAX_KEY + " characters")
                .orThrow();
        LocalDate today = LocalDate.now(clock);
        // A plan bought with a product months ago is registered later; one whose year is over is not a plan.
        new Checks().that(SupportContract.endOfPeriod(startDate).isAfter(today), "startDate",
                        "must be less than a year ago (that period is over)")
                .that(!startDate.isAfter(today.plusYears(1)), "startDate", "must be within a year from today")
                .orThrow();
        List<String> unknown = productCodes.stream().filter(code -> products.find(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("products", "unknown product codes " + unknown);
        }
        existing(caller.subject());
        String id = idempotencyKey == null ? ids.newId("C") : keyedId(caller.subject(), idempotencyKey);
        SupportContract contract = new SupportContract(id, caller.subject(),
                new LinkedHashSet<>(productCodes), startDate, SupportContract.endOfPeriod(startDate),
                ContractStatus.ACTIVE);
        try {
            contracts.add(contract);
            return contract;
        } catch (ConflictException e) {
            if (idempotencyKey == null) {
                throw e;
            }
            SupportContract earlier = contracts.forCustomer(caller.subject()).stream()
                    .filter(c -> c.contractId().equals(id)).findFirst().orElseThrow(() -> e);
            if (!earlier.products().equals(contract.products()) || !earlier.startDate().equals(startDate)) {
                throw new IdempotencyKeyReusedException(idempotencyKey);
            }
            return earlier;
        }
    }

    /** "C" and 12 Crockford base32 characters from a hash of the customer and their key (60 bits, as random ids). */
    static String keyedId(String customerId, String idempotencyKey) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest((customerId + "\n" + idempotencyKey)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xFF);
        }
        StringBuilder id = new StringBuilder("C");
        for (int i = 0; i < 12; i++) {
            id.append(alphabet.charAt((int) ((bits >>> (59 - 5 * i)) & 31)));
        }
        return id.toString();
    }

    public List<SupportContract> contracts(Caller caller) {
        caller.require(Role.CUSTOMER);
        existing(caller.subject());
        return contracts.forCustomer(caller.subject());
    }

    /** Puts a payment provider's card token on file; a raw card number is refused and never stored. */
    public Customer putPaymentMethod(Caller caller, String token) {
        caller.require(Role.CUSTOMER);
        if (token == null || CARD_LIKE_DIGITS.matcher(token.replaceAll("[\\s-]", "")).find()) {
            throw InvalidInputException.of("token",
                    "must be a payment provider's card token, never a card number");
        }
        if (!TOKEN.matcher(token).matches()) {
            throw InvalidInputException.of("token", "must be 8-128 letters, digits, '_' or '-'");
        }
        Customer updated = existing(caller.subject()).withPaymentToken(token, clock.instant());
        customers.update(updated);
        return updated;
    }

    private Customer existing(String customerId) {
        return customers.find(customerId).orElseThrow(
                () -> new NotFoundException("no customer profile for this user; register with POST /customers"));
    }

    /** Rules a customer profile must meet. */
    static final class ProfileRules {
        private ProfileRules() {
        }

        static void check(CustomerProfile profile) {
            if (profile == null) {
                throw InvalidInputException.of("body", "is required");
            }
            Checks checks = new Checks()
                    .text("name", profile.name(), 200)
                    .email("email", profile.email())
                    .phone("phone", profile.phone())
                    .present("notificationPreference", profile.notificationPreference())
                    .present("address", profile.address())
                    .present("location", profile.location());
            if (profile.address() != null) {
                checks.text("address.line1", profile.address().line1(), 200)
                        .text("address.city", profile.address().city(), 100)
                        .text("address.postalCode", profile.address().postalCode(), 20)
                        .text("address.country", profile.address().country(), 56);
            }
            checks.orThrow();
        }
    }
}
