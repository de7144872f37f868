package com.penultimate.sysops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The completion-and-survey issue's "done means", through the local runtime as a new user would try it: the
 * expert completes the ticket with notes and a new article, the next search finds the article, the expert can
 * draft another from the ticket, the customer's survey link is in the outbox, answering it once works, twice is
 * refused, a forged link is refused, and the ticket shows SURVEYED.
 */
class SurveyEndToEndTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern SURVEY_LINK = Pattern.compile("/surveys/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    private static LocalApi api;
    private static String admin;

    @BeforeAll
    static void system() {
        api = RunningSystem.api();
        admin = api.token("admin-1", "admin");
    }

    @Test
    void completionWithAnArticle_thenTheCustomerAnswersTheSurveyOnce() {
        assertThat(api.send("PUT", "/admin/products/SV-SOUNDBAR", admin,
                "{\"name\":\"SV-SOUNDBAR\",\"skills\":[\"sv-audio\"]}").status()).isEqualTo(200);
        assertThat(api.send("POST", "/admin/experts", admin, """
                {"expertId":"exp-sv","name":"Sam Vance","phone":"+13125559101","email":"exp-sv@sysops.example",
                 "skills":["sv-audio"],"homeLocation":{"lat":41.88,"lon":-87.63},
                 "serviceArea":{"center":{"lat":41.88,"lon":-87.63},"radiusKm":30},"capacity":2,"available":true}""")
                .status()).isEqualTo(201);
        String customer = api.token("cust-sv", "customer");
        assertThat(api.send("POST", "/customers", customer, """
                {"name":"Sue Vale","email":"cust-sv@example.com","phone":"+13125558101","notificationPreference":"EMAIL",
                 "address":{"line1":"9 Lake St","city":"Chicago","postalCode":"60601","country":"US"},
                 "location":{"lat":41.881,"lon":-87.631}}""").status()).isEqualTo(201);
        assertThat(api.send("POST", "/customers/me/contracts", customer,
                "{\"products\":[\"SV-SOUNDBAR\"],\"startDate\":\"" + LocalDate.now() + "\"}").status()).isEqualTo(201);
        LocalApi.Answer filed = api.send("POST", "/tickets", customer,
                "{\"product\":\"SV-SOUNDBAR\",\"description\":\"The soundbar drops the HDMI handshake every evening.\"}");
        assertThat(filed.status()).isEqualTo(202);
        String ticketId = filed.json().get("ticketId").asText();
        String expert = api.token("exp-sv", "expert");

        awaitTicket(ticketId, customer, "OFFERED");
        // OFFERED / ACCEPTED show a moment before the workflow waits for the answer; the app sends again on that 409.
        assertThat(sendUntilTaken(ticketId + "/accept", expert, "{}").status()).isEqualTo(202);
        awaitTicket(ticketId, customer, "ACCEPTED");
        String completion = """
                {"resolution":"Updated the soundbar firmware to 4.3 and re-paired HDMI ARC.",
                 "kbArticle":{"title":"Soundbar loses the HDMI ARC handshake every evening",
                   "problem":"The soundbar drops the HDMI ARC handshake with the TV, usually in the evening.",
                   "solution":"Update the soundbar firmware to 4.3, then re-pair HDMI ARC from the TV's audio menu.",
                   "tags":["hdmi","arc","firmware"]}}""";
        assertThat(sendUntilTaken(ticketId + "/complete", expert, completion).status()).isEqualTo(202);
        JsonNode completed = awaitTicket(ticketId, customer, "COMPLETED");
        assertThat(completed.get("history").toString()).contains("Updated the soundbar firmware to 4.3");

        // The article is written by the workflow's completed step, which may finish just after the ticket shows COMPLETED.
        JsonNode hits = LocalApi.await("the article searchable", PATIENCE,
                () -> api.send("GET", "/kb/search?q=soundbar%20handshake%20firmware", expert, null).json(),
                found -> found.toString().contains("KB" + ticketId));
        assertThat(hits.toString()).contains("KB" + ticketId, "Soundbar loses the HDMI ARC handshake");
        JsonNode draft = api.send("GET", "/tickets/" + ticketId + "/kb-draft", expert, null).json();
        assertThat(draft.get("solution").asText()).isEqualTo("Updated the soundbar firmware to 4.3 and re-paired HDMI ARC.");
        assertThat(api.send("GET", "/tickets/" + ticketId + "/kb-draft", api.token("exp-other", "expert"), null)
                .status()).isEqualTo(404);

        JsonNode email = awaitOutbox(m -> m.get("to").asText().equals("cust-sv@example.com")
                && m.get("body").asText().contains("/surveys/"));
        Matcher link = SURVEY_LINK.matcher(email.get("body").asText());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        LocalApi.Answer questions = api.send("GET", "/surveys/" + token, null, null);
        assertThat(questions.status()).isEqualTo(200);
        assertThat(questions.json().get("expertName").asText()).isEqualTo("Sam Vance");
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        LocalApi.Answer refusedForgery = api.send("POST", "/surveys/" + forged, null, "{\"rating\":1}");
        assertThat(refusedForgery.status()).isEqualTo(400);
        assertThat(refusedForgery.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.send("POST", "/surveys/" + token, null, "{\"rating\":5,\"comments\":\"Fixed in an hour.\"}")
                .status()).isEqualTo(200);
        LocalApi.Answer twice = api.send("POST", "/surveys/" + token, null, "{\"rating\":1,\"comments\":\"again\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.header("Content-Type")).startsWith("application/problem+json");

        JsonNode surveyed = api.send("GET", "/tickets/" + ticketId, customer, null).json();
        assertThat(surveyed.get("status").asText()).isEqualTo("SURVEYED");
        assertThat(surveyed.get("history").toString()).contains("\"by\":\"customer\"", "rated 5/5");
    }

    private static JsonNode awaitTicket(String ticketId, String token, String status) {
        return await("ticket " + ticketId + " " + status, () -> api.send("GET", "/tickets/" + ticketId, token, null)
                .json(), t -> t.get("status").asText().equals(status));
    }

    private static JsonNode awaitOutbox(Predicate<JsonNode> condition) {
        return api.awaitOutbox(PATIENCE, condition);
    }

    private static <T> T await(String what, Supplier<T> probe, Predicate<T> condition) {
        return LocalApi.await(what, PATIENCE, probe, condition);
    }

    private LocalApi.Answer sendUntilTaken(String ticketAction, String token, String body) {
        return LocalApi.await(ticketAction + " taken", Duration.ofSeconds(30),
                () -> api.send("POST", "/tickets/" + ticketAction, token, body),
                answer -> answer.status() != 409 || !answer.raw().body().contains("not waiting for this answer yet"));
    }
}
