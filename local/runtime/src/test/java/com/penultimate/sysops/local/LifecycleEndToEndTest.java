package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle issue's "done means", through the local runtime as a new user would try it: file a ticket,
 * see the chosen expert's SMS and the explanation, accept by app or SMS, decline and re-offer, escalate when
 * nobody can take it, and two tickets racing for the last free expert.
 */
class LifecycleEndToEndTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static LocalApi api;
    private static String admin;
    private static String manager;

    @BeforeAll
    static void system() {
        api = RunningSystem.api();
        admin = api.token("admin-1", "admin");
        manager = api.token("manager-1", "manager");
    }

    @Test
    void filedTicket_isOfferedByText_acceptedInTheApp_andTheCustomerIsEmailed() {
        String skill = "lc-happy";
        expert("exp-lc-happy", skill, 41.88, -87.63, 2, "+13125559001");
        String customer = customerWithContract("cust-lc-happy", product("LC-HAPPY", skill), "EMAIL", "+13125558001");

        String ticketId = file(customer, "LC-HAPPY");
        JsonNode offered = awaitTicket(ticketId, manager, t -> t.get("status").asText().equals("OFFERED"));
        assertThat(offered.at("/assignment/chosenExpertId").asText()).isEqualTo("exp-lc-happy");
        JsonNode sms = awaitOutbox(m -> m.get("to").asText().equals("+13125559001") && m.get("body").asText().contains(ticketId));
        assertThat(sms.get("channel").asText()).isEqualTo("SMS");

        String expert = api.token("exp-lc-happy", "expert");
        assertThat(api.send("GET", "/experts/me/tickets", expert, null).json().toString()).contains(ticketId);
        assertThat(api.send("POST", "/tickets/" + ticketId + "/accept", expert, "{}").status()).isEqualTo(202);

        awaitTicket(ticketId, customer, t -> t.get("status").asText().equals("ACCEPTED"));
        JsonNode email = awaitOutbox(m -> m.get("channel").asText().equals("EMAIL") && m.get("body").asText().contains(ticketId));
        assertThat(email.get("to").asText()).isEqualTo("cust-lc-happy@example.com");
    }

    @Test
    void acceptBySms_fromTheExpertsPhone_textsTheCustomerOnTheWay() {
        String skill = "lc-sms";
        expert("exp-lc-sms", skill, 41.88, -87.63, 1, "+13125559002");
        String customer = customerWithContract("cust-lc-sms", product("LC-SMS", skill), "SMS", "+13125558002");
        String ticketId = file(customer, "LC-SMS");
        awaitOutbox(m -> m.get("to").asText().equals("+13125559002") && m.get("body").asText().contains(ticketId));

        assertThat(api.send("POST", "/local/sms-inbound", null,
                "{\"from\":\"+19999999999\",\"body\":\"ACCEPT " + ticketId + "\"}").status()).isLessThan(300);
        assertThat(api.send("POST", "/local/sms-inbound", null,
                "{\"from\":\"+13125559002\",\"body\":\"accept " + ticketId + "\"}").status()).isLessThan(300);

        awaitTicket(ticketId, customer, t -> t.get("status").asText().equals("ACCEPTED"));
        awaitOutbox(m -> m.get("to").asText().equals("+13125558002") && m.get("body").asText().contains("on the way"));
    }

    @Test
    void decline_offersTheTicketToADifferentExpert() {
        String skill = "lc-decline";
        expert("exp-lc-first", skill, 41.88, -87.63, 1, "+13125559003");
        expert("exp-lc-second", skill, 41.95, -87.70, 1, "+13125559004");
        String customer = customerWithContract("cust-lc-decline", product("LC-DECLINE", skill), "EMAIL", "+13125558003");
        String ticketId = file(customer, "LC-DECLINE");
        JsonNode first = awaitTicket(ticketId, manager, t -> t.get("status").asText().equals("OFFERED"));
        String firstExpert = first.at("/assignment/chosenExpertId").asText();

        String token = api.token(firstExpert, "expert");
        awaitOutbox(m -> m.get("channel").asText().equals("SMS") && m.get("body").asText().contains("ACCEPT " + ticketId));
        assertThat(api.send("POST", "/tickets/" + ticketId + "/decline", token, "{\"reason\":\"van broke down\"}").status())
                .isEqualTo(202);

        JsonNode second = awaitTicket(ticketId, manager, t -> t.get("status").asText().equals("OFFERED")
                && !t.at("/assignment/chosenExpertId").asText().equals(firstExpert));
        assertThat(second.at("/assignment/chosenExpertId").asText()).isIn("exp-lc-first", "exp-lc-second");
        assertThat(second.get("history").toString()).contains("van broke down");
    }

    @Test
    void ticketNobodyCanTake_endsEscalated_andManagersAreTold() {
        String customer = customerWithContract("cust-lc-nobody", product("LC-NOBODY", "lc-no-such-skill"), "EMAIL",
                "+13125558004");
        String ticketId = file(customer, "LC-NOBODY");
        awaitTicket(ticketId, manager, t -> t.get("status").asText().equals("WAITING_FOR_EXPERT"));

        JsonNode escalated = awaitTicket(ticketId, manager, t -> t.get("status").asText().equals("ESCALATED"));
        assertThat(escalated.get("history").toString()).contains("no expert available");
        awaitOutbox(m -> m.get("channel").asText().equals("TOPIC") && m.get("body").asText().contains(ticketId));
    }

    @Test
    void twoTicketsAtOnceForTheLastFreeExpert_exactlyOneGetsThem() throws Exception {
        String skill = "lc-race";
        expert("exp-lc-race", skill, 41.88, -87.63, 1, "+13125559005");
        String productCode = product("LC-RACE", skill);
        String a = customerWithContract("cust-lc-race-a", productCode, "EMAIL", "+13125558005");
        String b = customerWithContract("cust-lc-race-b", productCode, "EMAIL", "+13125558006");

        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> file(a, "LC-RACE"));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> file(b, "LC-RACE"));
        List<String> ids = List.of(first.get(), second.get());

        List<String> statuses = new ArrayList<>();
        for (String id : ids) {
            statuses.add(awaitTicket(id, manager, t -> List.of("OFFERED", "WAITING_FOR_EXPERT")
                    .contains(t.get("status").asText())).get("status").asText());
        }
        assertThat(statuses).containsExactlyInAnyOrder("OFFERED", "WAITING_FOR_EXPERT");
        JsonNode expert = api.send("GET", "/admin/experts/exp-lc-race", admin, null).json();
        assertThat(expert.get("activeTickets").asInt()).isEqualTo(1);
    }

    private static String product(String code, String skill) {
        assertThat(api.send("PUT", "/admin/products/" + code, admin,
                "{\"name\":\"" + code + "\",\"skills\":[\"" + skill + "\"]}").status()).isEqualTo(200);
        return code;
    }

    private static void expert(String id, String skill, double lat, double lon, int capacity, String phone) {
        int status = api.send("POST", "/admin/experts", admin, """
                {"expertId":"%s","name":"%s","phone":"%s","email":"%s@sysops.example","skills":["%s"],
                 "homeLocation":{"lat":%s,"lon":%s},"serviceArea":{"center":{"lat":%s,"lon":%s},"radiusKm":30},
                 "capacity":%d,"available":true}""".formatted(id, id, phone, id, skill, lat, lon, lat, lon, capacity))
                .status();
        assertThat(status).isEqualTo(201);
    }

    private static String customerWithContract(String id, String productCode, String preference, String phone) {
        String token = api.token(id, "customer");
        assertThat(api.send("POST", "/customers", token, """
                {"name":"%s","email":"%s@example.com","phone":"%s","notificationPreference":"%s",
                 "address":{"line1":"1 Test St","city":"Chicago","postalCode":"60601","country":"US"},
                 "location":{"lat":41.881,"lon":-87.631}}""".formatted(id, id, phone, preference)).status())
                .isEqualTo(201);
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

    private static JsonNode awaitTicket(String ticketId, String token, Predicate<JsonNode> condition) {
        return await("ticket " + ticketId, () -> api.send("GET", "/tickets/" + ticketId, token, null).json(), condition);
    }

    private static JsonNode awaitOutbox(Predicate<JsonNode> condition) {
        return api.awaitOutbox(PATIENCE, condition);
    }

    private static <T> T await(String what, Supplier<T> probe, Predicate<T> condition) {
        return LocalApi.await(what, PATIENCE, probe, condition);
    }
}
