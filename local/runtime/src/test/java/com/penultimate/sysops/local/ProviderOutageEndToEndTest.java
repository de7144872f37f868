package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Degradation when the SMS provider is down: the workflow does not wait on notifications, so tickets are still
 * offered; the offer text is not sent while the provider is down (the notification stays in the queue, retried by
 * the SDK and then by SQS redelivery) and goes out once the provider is back.
 */
class ProviderOutageEndToEndTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Long enough for an SQS redelivery: the notifications queue's visibility timeout is 90 s. */
    private static final Duration REDELIVERY = Duration.ofSeconds(180);
    private static LocalApi api;
    private static String admin;
    private static String manager;

    @BeforeAll
    static void system() {
        api = RunningSystem.api();
        admin = api.token("admin-1", "admin");
        manager = api.token("manager-1", "manager");
    }

    @AfterEach
    void providersUp() {
        switchProviders("{\"sms\":\"up\",\"email\":\"up\"}");
    }

    @Test
    void smsProviderDown_ticketIsStillOffered_andTheTextGoesOutAfterRecovery() {
        String phone = "+13125559101";
        expert("exp-po-sms", "po-sms", phone);
        String customer = customerWithContract("cust-po-sms", product("PO-SMS", "po-sms"));
        assertThat(switchProviders("{\"sms\":\"down\"}").get("sms").asText()).isEqualTo("down");

        String ticketId = file(customer, "PO-SMS");
        JsonNode offered = LocalApi.await("ticket " + ticketId + " offered", PATIENCE,
                () -> api.send("GET", "/tickets/" + ticketId, manager, null).json(),
                t -> t.get("status").asText().equals("OFFERED"));
        assertThat(offered.at("/assignment/chosenExpertId").asText()).isEqualTo("exp-po-sms");
        LocalApi.await("the failed offer text held back in the notifications queue", PATIENCE,
                () -> RunningSystem.get().queues().depth("NotificationsQueue"), depth -> depth.inFlight() > 0);
        Predicate<JsonNode> offerText = m -> m.get("to").asText().equals(phone)
                && m.get("body").asText().contains(ticketId);
        assertThat(outboxHas(offerText)).as("no text sent while the provider is down").isFalse();

        switchProviders("{\"sms\":\"up\"}");

        JsonNode sms = api.awaitOutbox(REDELIVERY, offerText);
        assertThat(sms.get("channel").asText()).isEqualTo("SMS");
    }

    @Test
    void providersSwitch_refusesUnknownProvidersOrStates() throws Exception {
        assertThat(api.send("POST", "/local/providers", null, "{\"pager\":\"down\"}").status()).isEqualTo(400);
        assertThat(api.send("POST", "/local/providers", null, "{\"sms\":\"sideways\"}").status()).isEqualTo(400);
        assertThat(switchProviders("{}")).isEqualTo(new ObjectMapper().readTree("{\"sms\":\"up\",\"email\":\"up\"}"));
    }

    private static boolean outboxHas(Predicate<JsonNode> condition) {
        for (JsonNode message : api.send("GET", "/local/outbox", null, null).json()) {
            if (condition.test(message)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode switchProviders(String body) {
        LocalApi.Answer answer = api.send("POST", "/local/providers", null, body);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private static String product(String code, String skill) {
        assertThat(api.send("PUT", "/admin/products/" + code, admin,
                "{\"name\":\"" + code + "\",\"skills\":[\"" + skill + "\"]}").status()).isEqualTo(200);
        return code;
    }

    private static void expert(String id, String skill, String phone) {
        int status = api.send("POST", "/admin/experts", admin, """
                {"expertId":"%s","name":"%s","phone":"%s","email":"%s@sysops.example","skills":["%s"],
                 "homeLocation":{"lat":41.88,"lon":-87.63},"serviceArea":{"center":{"lat":41.88,"lon":-87.63},
                 "radiusKm":30},"capacity":1,"available":true}""".formatted(id, id, phone, id, skill)).status();
        assertThat(status).isEqualTo(201);
    }

    private static String customerWithContract(String id, String productCode) {
        String token = api.token(id, "customer");
        assertThat(api.send("POST", "/customers", token, """
                {"name":"%s","email":"%s@example.com","phone":"+13125558101","notificationPreference":"EMAIL",
                 "address":{"line1":"1 Test St","city":"Chicago","postalCode":"60601","country":"US"},
                 "location":{"lat":41.881,"lon":-87.631}}""".formatted(id, id)).status()).isEqualTo(201);
        assertThat(api.send("POST", "/customers/me/contracts", token,
                "{\"products\":[\"" + productCode + "\"],\"startDate\":\"" + LocalDate.now() + "\"}").status())
                .isEqualTo(201);
        return token;
    }

    private static String file(String customer, String productCode) {
        LocalApi.Answer filed = api.send("POST", "/tickets", customer,
                "{\"product\":\"" + productCode + "\",\"description\":\"It does not work\"}");
        assertThat(filed.status()).isEqualTo(202);
        return filed.json().get("ticketId").asText();
    }
}
