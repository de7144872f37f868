package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's reports "done means", through the local runtime: a ticket is filed and completed, and the manager's
 * operations report for today counts it (kept up to date from the Tickets table's stream), as JSON and as CSV that
 * a spreadsheet reads.
 */
class ReportsEndToEndTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final LocalApi api = RunningSystem.api();

    @Test
    void operationsReportForToday_countsTheTicketsFiledAndCompleted_asJsonAndCsv() {
        String admin = api.token("admin-1", "admin");
        String manager = api.token("manager-1", "manager");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String report = "/reports/operations?from=" + today + "&to=" + today;
        JsonNode before = api.send("GET", report, manager, null).json();
        assertThat(api.send("PUT", "/admin/products/RP-E2E", admin,
                "{\"name\":\"Reports e2e gadget\",\"skills\":[\"rp-e2e\"]}").status()).isEqualTo(200);
        assertThat(api.send("POST", "/admin/experts", admin, """
                {"expertId":"exp-rp-e2e","name":"Rae Porter","phone":"+13125559071","email":"rae@sysops.example",
                 "skills":["rp-e2e"],"homeLocation":{"lat":41.88,"lon":-87.63},
                 "serviceArea":{"center":{"lat":41.88,"lon":-87.63},"radiusKm":30},"capacity":2,"available":true}""")
                .status()).isEqualTo(201);
        String customer = api.token("cust-rp-e2e", "customer");
        assertThat(api.send("POST", "/customers", customer, """
                {"name":"Rita Report","email":"rita@example.com","phone":"+13125558071",
                 "notificationPreference":"EMAIL",
                 "address":{"line1":"5 Report Rd","city":"Chicago","postalCode":"60601","country":"US"},
                 "location":{"lat":41.881,"lon":-87.631}}""").status()).isEqualTo(201);
        assertThat(api.send("POST", "/customers/me/contracts", customer,
                "{\"products\":[\"RP-E2E\"],\"startDate\":\"" + LocalDate.now() + "\"}").status()).isEqualTo(201);

        String ticketId = api.send("POST", "/tickets", customer, "{\"product\":\"RP-E2E\",\"description\":\"Dead\"}")
                .json().get("ticketId").asText();
        await("an offer", () -> status(ticketId, manager), "OFFERED"::equals);
        String expert = api.token("exp-rp-e2e", "expert");
        assertThat(api.send("POST", "/tickets/" + ticketId + "/accept", expert, "{}").status()).isEqualTo(202);
        await("the acceptance", () -> status(ticketId, manager), "ACCEPTED"::equals);
        assertThat(api.send("POST", "/tickets/" + ticketId + "/complete", expert,
                "{\"resolution\":\"Replaced the fuse\"}").status()).isEqualTo(202);
        await("the completion", () -> status(ticketId, manager), "COMPLETED"::equals);

        JsonNode after = await("the report to count the ticket", () -> api.send("GET", report, manager, null).json(),
                r -> r.at("/totals/completed").asLong() > before.at("/totals/completed").asLong()
                        && r.at("/totals/filed").asLong() > before.at("/totals/filed").asLong());
        assertThat(after.at("/timeToOffer/count").asLong()).isPositive();
        assertThat(after.get("experts").toString()).contains("exp-rp-e2e");
        assertThat(after.get("weeklyVolume").toString()).contains("RP-E2E");

        LocalApi.Answer csv = api.send("GET", report, manager, null, "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<List<String>> rows = parseCsv(csv.raw().body());
        assertThat(rows.get(0)).containsExactly("section", "period", "dimension", "key", "metric", "value");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(6));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("totals", today + ".." + today, "all",
                "all", "completed", after.at("/totals/completed").asText()));
    }

    @Test
    void weeklySchedule_emailsTheManagersTheirSummary() {
        LocalApi.Answer fired = api.send("POST", "/local/schedules/fire", null,
                "{\"name\":\"WeeklyReportFunctionWeekly\"}");

        assertThat(fired.status()).isEqualTo(202);
        JsonNode email = await("the weekly email", () -> {
            for (JsonNode message : api.send("GET", "/local/outbox", null, null).json()) {
                if (message.get("to").asText().equals("managers@sysops.penultimate.example")) {
                    return message;
                }
            }
            return null;
        }, m -> m != null);
        assertThat(email.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(email.get("subject").asText()).startsWith("Sysops Squad week");
        assertThat(email.get("body").asText()).contains("Tickets filed:", "First-time fix rate:");
    }

    @Test
    void reports_areForManagers() {
        LocalApi.Answer answer = api.send("GET", "/reports/operations", api.token("cust-ada", "customer"), null);

        assertThat(answer.status()).isEqualTo(403);
    }

    private String status(String ticketId, String token) {
        return api.send("GET", "/tickets/" + ticketId, token, null).json().get("status").asText();
    }

    /** RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold both and doubled quotes. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field.length()).as("the last record ends in CRLF").isZero();
        return rows;
    }

    private static <T> T await(String what, Supplier<T> probe, Predicate<T> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = probe.get();
            if (condition.test(last)) {
                return last;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
    }
}
