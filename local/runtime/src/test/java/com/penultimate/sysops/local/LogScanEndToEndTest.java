package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penultimate.sysops.local.logscan.LogCapture;
import com.penultimate.sysops.local.logscan.SensitiveDataScanner;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No phone number, email, street address or card token in any log line while a customer registers (first with
 * invalid contact details, refused), puts a card on file, files a ticket, the expert is offered it by SMS and
 * answers by text (and a stranger's number tries to), completes it, the customer answers the survey and the
 * contract is billed.
 */
class LogScanEndToEndTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern SURVEY_LINK = Pattern.compile("/surveys/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    private static final String CUSTOMER_PHONE = "+13125556001";
    private static final String CUSTOMER_EMAIL = "cust-ls@example.com";
    private static final String STREET = "77 Privacy Ave";
    private static final String EXPERT_PHONE = "+13125556002";
    private static final String EXPERT_EMAIL = "exp-ls@sysops.example";
    private static final String CARD_TOKEN = "tok_visa_success";

    private final LocalApi api = RunningSystem.api();

    @Test
    void wholeTicketLifeAndBilling_logNoPersonalOrPaymentData() throws Exception {
        RunningSystem.get();
        List<String> lines;
        String ticketId;
        try (LogCapture capture = LogCapture.start()) {
            ticketId = scenario();
            lines = capture.lines();
        }

        assertThat(lines).as("the capture sees the functions' JSON log lines")
                .anyMatch(l -> l.startsWith("{") && l.contains("inbound SMS handled") && l.contains(ticketId));
        assertThat(new SensitiveDataScanner(knownValues()).scan(lines)).isEmpty();
    }

    private String scenario() {
        String admin = api.token("admin-1", "admin");
        assertThat(api.send("PUT", "/admin/products/LS-TV", admin,
                "{\"name\":\"Log scan television\",\"skills\":[\"ls-tv\"]}").status()).isEqualTo(200);
        assertThat(api.send("POST", "/admin/experts", admin, """
                {"expertId":"exp-ls","name":"Lee Scan","phone":"%s","email":"%s","skills":["ls-tv"],
                 "homeLocation":{"lat":41.88,"lon":-87.63},"serviceArea":{"center":{"lat":41.88,"lon":-87.63},
                 "radiusKm":30},"capacity":1,"available":true}""".formatted(EXPERT_PHONE, EXPERT_EMAIL)).status())
                .isEqualTo(201);
        String customer = api.token("cust-ls", "customer");
        assertThat(api.send("POST", "/customers", customer, """
                {"name":"Lou Scan","email":"not-an-email %s","phone":"%s-x","notificationPreference":"SMS",
                 "address":{"line1":"%s","city":"Chicago","postalCode":"60601","country":"US"},
                 "location":{"lat":41.881,"lon":-87.631}}""".formatted(CUSTOMER_EMAIL, CUSTOMER_PHONE, STREET))
                .status()).isEqualTo(400);
        assertThat(api.send("POST", "/customers", customer, """
                {"name":"Lou Scan","email":"%s","phone":"%s","notificationPreference":"SMS",
                 "address":{"line1":"%s","city":"Chicago","postalCode":"60601","country":"US"},
                 "location":{"lat":41.881,"lon":-87.631}}""".formatted(CUSTOMER_EMAIL, CUSTOMER_PHONE, STREET))
                .status()).isEqualTo(201);
        assertThat(api.send("PUT", "/customers/me/payment-method", customer,
                "{\"token\":\"" + CARD_TOKEN + "\"}").status()).isEqualTo(200);
        JsonNode contract = api.send("POST", "/customers/me/contracts", customer,
                "{\"products\":[\"LS-TV\"],\"startDate\":\"" + LocalDate.now() + "\"}").json();

        String ticketId = api.send("POST", "/tickets", customer,
                "{\"product\":\"LS-TV\",\"description\":\"The picture flickers\"}").json().get("ticketId").asText();
        api.awaitOutbox(PATIENCE, m -> m.get("to").asText().equals(EXPERT_PHONE)
                && m.get("body").asText().contains(ticketId));
        sms("+19995550123", "ACCEPT " + ticketId);
        sms(EXPERT_PHONE, "ACCEPT " + ticketId);
        awaitStatus(customer, ticketId, "ACCEPTED");
        sms(EXPERT_PHONE, "DONE " + ticketId + " replaced the panel cable");
        awaitStatus(customer, ticketId, "COMPLETED");
        JsonNode link = api.awaitOutbox(PATIENCE, m -> m.get("to").asText().equals(CUSTOMER_PHONE)
                && m.get("body").asText().contains("/surveys/"));
        Matcher token = SURVEY_LINK.matcher(link.get("body").asText());
        assertThat(token.find()).isTrue();
        assertThat(api.send("POST", "/surveys/" + token.group(1), null, "{\"rating\":4}").status()).isEqualTo(200);

        String end = contract.get("endDate").asText();
        assertThat(api.send("POST", "/admin/billing/runs", admin, "{\"date\":\"" + end + "\"}").status())
                .isEqualTo(202);
        LocalApi.await("cust-ls's invoice", PATIENCE,
                () -> api.send("GET", "/customers/me/invoices", customer, null).json(), i -> i.size() == 1);
        api.awaitOutbox(PATIENCE, m -> m.get("body").asText().contains(contract.get("contractId").asText()));
        return ticketId;
    }

    private void sms(String from, String body) {
        assertThat(api.send("POST", "/local/sms-inbound", null,
                "{\"from\":\"" + from + "\",\"body\":\"" + body + "\"}").status()).isLessThan(300);
    }

    private void awaitStatus(String token, String ticketId, String status) {
        LocalApi.await("ticket " + ticketId + " " + status, PATIENCE,
                () -> api.send("GET", "/tickets/" + ticketId, token, null).json(),
                t -> t.get("status").asText().equals(status));
    }

    /** This run's values and every phone, email, street and card token of the demo data. */
    private static Set<String> knownValues() throws Exception {
        Set<String> values = new HashSet<>(Set.of(CUSTOMER_PHONE, CUSTOMER_EMAIL, STREET, EXPERT_PHONE, EXPERT_EMAIL,
                CARD_TOKEN));
        try (InputStream demo = LocalSystem.class.getResourceAsStream("/demo-data.json")) {
            JsonNode data = new ObjectMapper().readTree(demo);
            for (JsonNode expert : data.get("experts")) {
                values.add(expert.get("phone").asText());
                values.add(expert.get("email").asText());
            }
            for (JsonNode customer : data.get("customers")) {
                values.add(customer.at("/profile/phone").asText());
                values.add(customer.at("/profile/email").asText());
                values.add(customer.at("/profile/address/line1").asText());
                if (customer.hasNonNull("paymentToken")) {
                    values.add(customer.get("paymentToken").asText());
                }
            }
        }
        return values;
    }
}
