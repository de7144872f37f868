package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penultimate.sysops.local.template.CloudFormationYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every HTTP route of template.yaml × every kind of caller × (where the route has an owner) the owner or someone
 * else gets exactly the status of one table. A route without an entry fails the build, so a new endpoint must say
 * who may call it.
 *
 * <p>Columns of every expectation, in order: no token, customer, call centre, expert, admin, manager. "Own" is the
 * ticket's customer and assigned expert; "other" is another customer and another expert (call centre, admin and
 * manager are the same people in both). The owning expert's cell runs first, as soon as the ticket is in the state
 * it needs (an offer times out in seconds at the tests' time scale); every other caller is refused whatever the
 * ticket's state. The {@code /me} routes address only the caller, so they have no "other".
 */
class AuthorizationMatrixTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String OWN_EXPERT_PHONE = "+13125557001";
    private static LocalApi api;
    private static Map<Caller, String> own;
    private static Map<Caller, String> other;
    private static String held;
    private static String offered;
    private static String articleId;

    /** The kinds of caller, in the order the table's columns list them. */
    enum Caller { NONE, CUSTOMER, CALLCENTER, EXPERT, ADMIN, MANAGER }

    /** One route's row: the concrete request, what each caller gets as owner and as someone else (null: no owner). */
    record Row(String route, Supplier<String> path, Supplier<String> body, Map<Caller, Integer> own,
               Map<Caller, Integer> other, Runnable before) {
    }

    @BeforeAll
    static void ticketHeldByItsExpert() {
        api = RunningSystem.api();
        String admin = api.token("admin-az", "admin");
        own = identities("cust-az-own", "exp-az-own");
        other = identities("cust-az-other", "exp-az-other");
        put(admin, "/admin/products/AZ-TV", "{\"name\":\"Authz television\",\"skills\":[\"az-skill\"]}");
        put(admin, "/admin/products/AZ-IDLE", "{\"name\":\"Authz radio nobody repairs\",\"skills\":[\"az-idle\"]}");
        expert(admin, "exp-az-own", "az-skill", OWN_EXPERT_PHONE);
        expert(admin, "exp-az-other", "az-other", "+13125557002");
        customer("cust-az-own", "+13125557101");
        customer("cust-az-other", "+13125557102");
        held = offeredTicket();
        assertThat(api.send("POST", "/tickets/" + held + "/accept", own.get(Caller.EXPERT), "{}").status())
                .isEqualTo(202);
        awaitStatus(held, "ACCEPTED");
        LocalApi.Answer article = api.send("POST", "/kb/articles", admin, articleDraft());
        assertThat(article.status()).isEqualTo(201);
        articleId = article.json().get("articleId").asText();
    }

    @Test
    void everyRouteOfTheTemplate_hasExactlyOneEntry() throws Exception {
        assertThat(new TreeSet<>(table().keySet())).isEqualTo(new TreeSet<>(templateRoutes()));
    }

    @Test
    void everyCaller_getsTheStatusTheTableSays_onEveryRoute() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : table().values()) {
            row.before().run();
            cells += check(row, own, row.own(), row.other() == null ? "-" : "own", wrong);
            if (row.other() != null) {
                cells += check(row, other, row.other(), "other", wrong);
            }
        }
        assertThat(wrong).as("of " + cells + " cells").isEmpty();
    }

    @Test
    void refusedCallers_areRefusedBeforeTheirInputIsChecked() {
        List<String> wrong = new ArrayList<>();
        for (Row row : table().values()) {
            String[] method = row.route().split(" ", 2);
            if (row.body().get() == null) {
                continue;
            }
            row.own().forEach((caller, status) -> {
                if (status == 401 || status == 403) {
                    int got = api.send(method[0], row.path().get(), own.get(caller), "{}").status();
                    if (got != status) {
                        wrong.add(row.route() + " as " + caller + " with an empty body: expected " + status
                                + ", got " + got);
                    }
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void listsAndMeRoutes_neverShowSomeoneElsesTickets() {
        assertThat(api.send("GET", "/tickets", other.get(Caller.CUSTOMER), null).raw().body())
                .doesNotContain(held);
        assertThat(api.send("GET", "/experts/me/tickets", other.get(Caller.EXPERT), null).raw().body())
                .doesNotContain(held);
        assertThat(api.send("GET", "/customers/me", other.get(Caller.CUSTOMER), null).json().get("customerId")
                .asText()).isEqualTo("cust-az-other");
    }

    private static int check(Row row, Map<Caller, String> identities, Map<Caller, Integer> expected, String whose,
                             List<String> wrong) {
        // The expert goes first: the owner's answer must reach the offer before it times out.
        for (Caller caller : List.of(Caller.EXPERT, Caller.NONE, Caller.CUSTOMER, Caller.CALLCENTER, Caller.ADMIN,
                Caller.MANAGER)) {
            String[] method = row.route().split(" ", 2);
            LocalApi.Answer answer = api.send(method[0], row.path().get(), identities.get(caller), row.body().get());
            if (answer.status() != expected.get(caller)) {
                wrong.add(row.route() + " as " + caller + "/" + whose + ": expected " + expected.get(caller)
                        + ", got " + answer.status() + " " + answer.raw().body());
            }
        }
        return Caller.values().length;
    }

    /** The one table: template route → row. Columns: none, customer, callcenter, expert, admin, manager. */
    private static Map<String, Row> table() {
        Map<String, Row> rows = new LinkedHashMap<>();
        String contract = "{\"products\":[\"AZ-IDLE\"],\"startDate\":\"" + LocalDate.now() + "\"}";
        // customer-profile: customers only, and only themselves (/me). Registering again is a conflict.
        add(rows, "POST /customers", "/customers", () -> profile("cust-az-own"), any(401, 409, 403, 403, 403, 403));
        add(rows, "GET /customers/me", "/customers/me", null, any(401, 200, 403, 403, 403, 403));
        add(rows, "PUT /customers/me", "/customers/me", () -> profile("cust-az-own"),
                any(401, 200, 403, 403, 403, 403));
        add(rows, "POST /customers/me/contracts", "/customers/me/contracts", () -> contract,
                any(401, 201, 403, 403, 403, 403));
        add(rows, "GET /customers/me/contracts", "/customers/me/contracts", null, any(401, 200, 403, 403, 403, 403));
        add(rows, "PUT /customers/me/payment-method", "/customers/me/payment-method",
                () -> "{\"token\":\"tok_visa_success\"}", any(401, 200, 403, 403, 403, 403));
        add(rows, "GET /customers/me/invoices", "/customers/me/invoices", null, any(401, 200, 403, 403, 403, 403));
        // admin: administrators only; the product list is reference data every signed-in user reads.
        add(rows, "PUT /admin/products/{code}", "/admin/products/AZ-TV",
                () -> "{\"name\":\"Authz television\",\"skills\":[\"az-skill\"]}", any(401, 403, 403, 403, 200, 403));
        add(rows, "GET /admin/products", "/admin/products", null, any(401, 200, 200, 200, 200, 200));
        add(rows, "POST /admin/experts", "/admin/experts",
                () -> expertJson("exp-az-new-" + SEQUENCE.incrementAndGet(), "az-new", "+13125557003"),
                any(401, 403, 403, 403, 201, 403));
        add(rows, "GET /admin/experts", "/admin/experts", null, any(401, 403, 403, 403, 200, 403));
        add(rows, "GET /admin/experts/{expertId}", "/admin/experts/exp-az-other", null,
                any(401, 403, 403, 403, 200, 403));
        add(rows, "PUT /admin/experts/{expertId}", "/admin/experts/exp-az-other",
                () -> expertJson("exp-az-other", "az-other", "+13125557002"), any(401, 403, 403, 403, 200, 403));
        add(rows, "POST /admin/billing/runs", "/admin/billing/runs", () -> "{\"date\":\"2001-01-01\"}",
                any(401, 403, 403, 403, 202, 403));
        // ticket-intake: customers (for themselves) and the call centre file; staff list every ticket.
        add(rows, "POST /tickets", "/tickets",
                () -> "{\"product\":\"AZ-IDLE\",\"description\":\"No sound\",\"customerId\":\"cust-az-own\"}",
                owned(401, 202, 202, 403, 403, 403), owned(401, 403, 202, 403, 403, 403));
        add(rows, "GET /tickets", "/tickets", null, any(401, 200, 200, 403, 200, 200));
        add(rows, "GET /tickets/{ticketId}", "/tickets/" + held, null,
                owned(401, 200, 200, 200, 200, 200), owned(401, 404, 200, 404, 200, 200));
        // expert-app: the expert holding the ticket, nobody else; another expert does not learn it exists.
        add(rows, "GET /experts/me/tickets", "/experts/me/tickets", null, any(401, 403, 403, 200, 403, 403));
        rows.put("POST /tickets/{ticketId}/accept", new Row("POST /tickets/{ticketId}/accept",
                () -> "/tickets/" + offered + "/accept", () -> "{}",
                owned(401, 403, 403, 202, 403, 403), owned(401, 403, 403, 404, 403, 403),
                () -> offered = offeredTicket()));
        rows.put("POST /tickets/{ticketId}/decline", new Row("POST /tickets/{ticketId}/decline",
                () -> "/tickets/" + offered + "/decline", () -> "{\"reason\":\"Out of parts\"}",
                owned(401, 403, 403, 202, 403, 403), owned(401, 403, 403, 404, 403, 403),
                () -> offered = offeredTicket()));
        add(rows, "POST /tickets/{ticketId}/complete", "/tickets/" + held + "/complete",
                () -> "{\"resolution\":\"Replaced the board\"}",
                owned(401, 403, 403, 202, 403, 403), owned(401, 403, 403, 404, 403, 403));
        rows.put("GET /tickets/{ticketId}/kb-draft", new Row("GET /tickets/{ticketId}/kb-draft",
                () -> "/tickets/" + held + "/kb-draft", () -> null,
                owned(401, 403, 403, 200, 200, 403), owned(401, 403, 403, 404, 200, 403),
                () -> awaitStatus(held, "COMPLETED")));
        // kb-search: everyone signed in reads; experts and admins write.
        add(rows, "GET /kb/search", "/kb/search?q=television", null, any(401, 200, 200, 200, 200, 200));
        add(rows, "POST /kb/articles", "/kb/articles", AuthorizationMatrixTest::articleDraft,
                any(401, 403, 403, 201, 201, 403));
        add(rows, "GET /kb/articles/{articleId}", "/kb/articles/" + articleId, null,
                any(401, 200, 200, 200, 200, 200));
        add(rows, "PUT /kb/articles/{articleId}", "/kb/articles/" + articleId, AuthorizationMatrixTest::articleEdit,
                any(401, 403, 403, 200, 200, 403));
        add(rows, "GET /kb/articles/{articleId}/versions", "/kb/articles/" + articleId + "/versions", null,
                any(401, 200, 200, 200, 200, 200));
        // survey: public, the signed token is the key; a forged one is refused whoever sends it.
        add(rows, "GET /surveys/{token}", "/surveys/forged.token", null, any(400, 400, 400, 400, 400, 400));
        add(rows, "POST /surveys/{token}", "/surveys/forged.token", () -> "{\"rating\":5}",
                any(400, 400, 400, 400, 400, 400));
        // reports: managers and admins.
        String days = "?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now();
        add(rows, "GET /reports/operations", "/reports/operations" + days, null, any(401, 403, 403, 403, 200, 200));
        add(rows, "GET /reports/satisfaction", "/reports/satisfaction" + days, null,
                any(401, 403, 403, 403, 200, 200));
        return rows;
    }

    private static void add(Map<String, Row> rows, String route, String path, Supplier<String> body,
                            Map<Caller, Integer> any) {
        rows.put(route, new Row(route, () -> path, body == null ? () -> null : body, any, null, () -> { }));
    }

    private static void add(Map<String, Row> rows, String route, String path, Supplier<String> body,
                            Map<Caller, Integer> own, Map<Caller, Integer> other) {
        rows.put(route, new Row(route, () -> path, body == null ? () -> null : body, own, other, () -> { }));
    }

    private static Map<Caller, Integer> any(int... statuses) {
        return owned(statuses);
    }

    private static Map<Caller, Integer> owned(int... statuses) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, statuses[caller.ordinal()]);
        }
        return expected;
    }

    @SuppressWarnings("unchecked")
    private static List<String> templateRoutes() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("template.yaml"))) {
            root = root.getParent();
        }
        Map<String, Object> resources = (Map<String, Object>) CloudFormationYaml.read(root.resolve("template.yaml"))
                .get("Resources");
        List<String> routes = new ArrayList<>();
        resources.values().stream().map(r -> (Map<String, Object>) r)
                .filter(r -> "AWS::Serverless::Function".equals(r.get("Type")))
                .map(r -> (Map<String, Object>) ((Map<String, Object>) r.get("Properties")).get("Events"))
                .filter(events -> events != null)
                .flatMap(events -> events.values().stream().map(e -> (Map<String, Object>) e))
                .filter(e -> "HttpApi".equals(e.get("Type")))
                .map(e -> (Map<String, Object>) e.get("Properties"))
                .forEach(p -> routes.add(p.get("Method").toString().toUpperCase() + " " + p.get("Path")));
        assertThat(routes).isNotEmpty();
        return routes;
    }

    private static Map<Caller, String> identities(String customer, String expert) {
        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        tokens.put(Caller.CUSTOMER, api.token(customer, "customer"));
        tokens.put(Caller.CALLCENTER, api.token("callcenter-az", "callcenter"));
        tokens.put(Caller.EXPERT, api.token(expert, "expert"));
        tokens.put(Caller.ADMIN, api.token("admin-az", "admin"));
        tokens.put(Caller.MANAGER, api.token("manager-az", "manager"));
        return tokens;
    }

    private static void put(String admin, String path, String body) {
        assertThat(api.send("PUT", path, admin, body).status()).isEqualTo(200);
    }

    private static void expert(String admin, String id, String skill, String phone) {
        assertThat(api.send("POST", "/admin/experts", admin, expertJson(id, skill, phone)).status()).isEqualTo(201);
    }

    private static String expertJson(String id, String skill, String phone) {
        return """
                {"expertId":"%s","name":"Authz Expert","phone":"%s","email":"%s@sysops.example","skills":["%s"],
                 "homeLocation":{"lat":41.88,"lon":-87.63},"serviceArea":{"center":{"lat":41.88,"lon":-87.63},
                 "radiusKm":30},"capacity":3,"available":true}""".formatted(id, phone, id, skill);
    }

    private static void customer(String id, String phone) {
        String token = api.token(id, "customer");
        assertThat(api.send("POST", "/customers", token, profile(id).replace("+13125557100", phone)).status())
                .isEqualTo(201);
        assertThat(api.send("POST", "/customers/me/contracts", token,
                "{\"products\":[\"AZ-TV\",\"AZ-IDLE\"],\"startDate\":\"" + LocalDate.now() + "\"}").status())
                .isEqualTo(201);
    }

    private static String profile(String id) {
        return """
                {"name":"Authz Customer","email":"%s@example.com","phone":"+13125557100",
                 "notificationPreference":"EMAIL",
                 "address":{"line1":"1 Test St","city":"Chicago","postalCode":"60601","country":"US"},
                 "location":{"lat":41.881,"lon":-87.631}}""".formatted(id);
    }

    private static String articleDraft() {
        return """
                {"title":"Authz television has no sound","problem":"No sound from the speakers",
                 "solution":"Reseat the audio board","products":["AZ-TV"],"tags":["audio"]}""";
    }

    private static String articleEdit() {
        long version = api.send("GET", "/kb/articles/" + articleId, own.get(Caller.ADMIN), null).json()
                .get("version").asLong();
        return """
                {"version":%d,"title":"Authz television has no sound","problem":"No sound from the speakers",
                 "solution":"Reseat the audio board, then update the firmware","products":["AZ-TV"],
                 "tags":["audio"]}""".formatted(version);
    }

    /**
     * A new ticket of the owning customer, offered to the owning expert: their SMS is out, so the workflow waits on
     * their answer (the ticket shows OFFERED from the reservation on, a moment before the offer can be answered).
     */
    private static String offeredTicket() {
        String ticketId = file(own.get(Caller.CUSTOMER), "AZ-TV");
        api.awaitOutbox(PATIENCE, m -> m.get("to").asText().equals(OWN_EXPERT_PHONE)
                && m.get("body").asText().contains(ticketId));
        return ticketId;
    }

    private static String file(String customer, String product) {
        LocalApi.Answer filed = api.send("POST", "/tickets", customer,
                "{\"product\":\"" + product + "\",\"description\":\"It does not work\"}");
        assertThat(filed.status()).isEqualTo(202);
        return filed.json().get("ticketId").asText();
    }

    private static void awaitStatus(String ticketId, String status) {
        String manager = own.get(Caller.MANAGER);
        LocalApi.await("ticket " + ticketId + " " + status, PATIENCE,
                () -> api.send("GET", "/tickets/" + ticketId, manager, null).json(),
                (JsonNode t) -> t.get("status").asText().equals(status));
    }
}
