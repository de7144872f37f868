package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.penultimate.sysops.local.embedded.Loopback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to {@link LocalSysops} while a burst of tickets is in flight, then a restart on the same data
 * directory: every ticket the API accepted is still there and its workflow carries on (resumed from its
 * checkpoint), and no expert ends up holding more tickets than their capacity.
 */
class GracefulRestartEndToEndTest {
    private static final Duration BOOT = Duration.ofMinutes(9);
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Set<String> OFFERED_OR_BEYOND = Set.of("OFFERED", "ACCEPTED", "COMPLETED",
            "WAITING_FOR_EXPERT", "ESCALATED", "SURVEYED");
    private static final int BURST = 12;
    private static final List<String> EXPERTS = List.of("exp-gr-a", "exp-gr-b", "exp-gr-c");
    private static final int CAPACITY = 2;

    @TempDir
    Path dataDir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void sigtermMidBurst_thenRestart_losesNoTicketAndOverbooksNoExpert() throws Exception {
        LocalApi first = start();
        String admin = first.token("admin-1", "admin");
        assertThat(first.send("PUT", "/admin/products/GR-BURST", admin,
                "{\"name\":\"GR-BURST\",\"skills\":[\"gr-burst\"]}").status()).isEqualTo(200);
        for (int i = 0; i < EXPERTS.size(); i++) {
            expert(first, admin, EXPERTS.get(i), "+1312555920" + i);
        }
        String customer = customer(first);

        List<CompletableFuture<LocalApi.Answer>> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            burst.add(CompletableFuture.supplyAsync(() -> first.send("POST", "/tickets", customer,
                    "{\"product\":\"GR-BURST\",\"description\":\"Burst before a restart\"}")));
        }
        List<String> accepted = new ArrayList<>();
        for (CompletableFuture<LocalApi.Answer> filing : burst) {
            LocalApi.Answer answer = filing.join();
            if (answer.status() == 202) {
                accepted.add(answer.json().get("ticketId").asText());
            }
        }
        Process firstProcess = started.get(0);
        firstProcess.destroy();
        assertThat(firstProcess.waitFor(90, TimeUnit.SECONDS)).as("stopped within its drain time").isTrue();
        assertThat(accepted).as("tickets the API accepted before SIGTERM").isNotEmpty();

        LocalApi second = start();
        String manager = second.token("manager-1", "manager");
        Map<String, Integer> held = new HashMap<>();
        for (String ticketId : accepted) {
            JsonNode ticket = LocalApi.await("ticket " + ticketId + " offered or beyond after the restart", PATIENCE,
                    () -> second.send("GET", "/tickets/" + ticketId, manager, null),
                    answer -> answer.status() == 200
                            && OFFERED_OR_BEYOND.contains(answer.json().get("status").asText())).json();
            assertThat(ticket.get("ticketId").asText()).isEqualTo(ticketId);
            if (Set.of("OFFERED", "ACCEPTED").contains(ticket.get("status").asText())) {
                held.merge(ticket.at("/assignment/chosenExpertId").asText(), 1, Integer::sum);
            }
        }
        assertThat(held.values()).as("tickets offered to or accepted by each expert").allMatch(n -> n <= CAPACITY);
        String secondAdmin = second.token("admin-1", "admin");
        for (String expertId : EXPERTS) {
            JsonNode expert = second.send("GET", "/admin/experts/" + expertId, secondAdmin, null).json();
            assertThat(expert.get("activeTickets").asInt()).as(expertId).isBetween(0, CAPACITY);
        }
    }

    private LocalApi start() throws IOException {
        int port = Loopback.freePort();
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("template.yaml"))) {
            root = root.getParent();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalSysops.class.getName())
                .directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("run-" + started.size() + ".log").toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("SYSOPS_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("SYSOPS_TIME_SCALE", String.valueOf(RunningSystem.TIME_SCALE));
        started.add(builder.start());
        LocalApi api = new LocalApi(URI.create("http://127.0.0.1:" + port));
        LocalApi.await("the local system up on port " + port, BOOT, () -> health(api), status -> status == 200);
        return api;
    }

    private static int health(LocalApi api) {
        try {
            return api.send("GET", "/health", null, null).status();
        } catch (UncheckedIOException notYetListening) {
            return -1;
        }
    }

    private static void expert(LocalApi api, String admin, String id, String phone) {
        int status = api.send("POST", "/admin/experts", admin, """
                {"expertId":"%s","name":"%s","phone":"%s","email":"%s@sysops.example","skills":["gr-burst"],
                 "homeLocation":{"lat":41.88,"lon":-87.63},"serviceArea":{"center":{"lat":41.88,"lon":-87.63},
                 "radiusKm":30},"capacity":%d,"available":true}""".formatted(id, id, phone, id, CAPACITY)).status();
        assertThat(status).isEqualTo(201);
    }

    private static String customer(LocalApi api) {
        String token = api.token("cust-gr", "customer");
        assertThat(api.send("POST", "/customers", token, """
                {"name":"cust-gr","email":"cust-gr@example.com","phone":"+13125559300","notificationPreference":"EMAIL",
                 "address":{"line1":"1 Test St","city":"Chicago","postalCode":"60601","country":"US"},
                 "location":{"lat":41.881,"lon":-87.631}}""").status()).isEqualTo(201);
        assertThat(api.send("POST", "/customers/me/contracts", token,
                "{\"products\":[\"GR-BURST\"],\"startDate\":\"" + LocalDate.now() + "\"}").status()).isEqualTo(201);
        return token;
    }
}
