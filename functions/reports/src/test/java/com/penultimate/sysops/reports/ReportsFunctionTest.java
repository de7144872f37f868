package com.penultimate.sysops.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.penultimate.sysops.http.testing.FunctionHarness;
import com.penultimate.sysops.http.testing.TestTokens;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportsFunctionTest {
    private static FunctionHarness function;

    @BeforeAll
    static void start() {
        function = new FunctionHarness(new ReportsWorld(ReportsFunctionTest.class).weekOfTickets().properties());
    }

    @AfterAll
    static void stop() {
        function.close();
    }

    @Test
    void operations_asJson_forAManager() throws IOException {
        APIGatewayV2HTTPResponse response = send("get_operations_week.json", "manager-1", "manager");

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("from").getStringValue()).isEqualTo("2026-11-23");
        assertThat(report.get("totals").get("filed").getLongValue()).isEqualTo(2);
        assertThat(report.get("totals").get("completed").getLongValue()).isEqualTo(1);
        assertThat(report.get("totals").get("firstTimeFixRate").getDoubleValue()).isEqualTo(1.0);
        assertThat(report.get("timeToOffer").get("count").getLongValue()).isEqualTo(1);
        assertThat(report.get("daily").size()).isEqualTo(7);
        assertThat(report.get("experts").get(0).get("expertId").getStringValue()).isEqualTo("exp-ann");
    }

    @Test
    void operations_asCsv_thatASpreadsheetReads() {
        APIGatewayV2HTTPResponse response = send("get_operations_csv.json", "manager-1", "manager");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("text/csv");
        assertThat(header(response, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"operations-2026-11-23-2026-11-29.csv\"");
        List<String> lines = List.of(response.getBody().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(ReportCsv.HEADER);
        assertThat(lines).contains("totals,2026-11-23..2026-11-29,all,all,filed,2",
                "daily,2026-11-23,all,all,completed,1", "weeklyVolume,2026-W48,product,TV-OLED55,tickets,2",
                "open,now,status,MATCHING,tickets,1");
        assertThat(lines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(6));
    }

    @Test
    void satisfaction_byExpertProductAndArea() throws IOException {
        APIGatewayV2HTTPResponse response = send("get_satisfaction_week.json", "manager-1", "manager");

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.get("responses").getLongValue()).isEqualTo(1);
        assertThat(report.get("averageRating").getDoubleValue()).isEqualTo(4.0);
        assertThat(report.get("ratings").size()).isEqualTo(3);
    }

    @Test
    void reports_areForManagers_andABadDayIsA400() {
        APIGatewayV2HTTPResponse customer = send("get_operations_week.json", "cust-zoe", "customer");
        APIGatewayV2HTTPResponse badDate = send("get_operations_baddate.json", "manager-1", "manager");

        assertThat(customer.getStatusCode()).isEqualTo(403);
        assertThat(badDate.getStatusCode()).isEqualTo(400);
        assertThat(header(badDate, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(badDate.getBody()).contains("from");
    }

    private static APIGatewayV2HTTPResponse send(String file, String subject, String group) {
        return function.send(function.event("reports", file,
                Map.of("TOKEN", TestTokens.shared().bearer(subject, group))));
    }

    private static JsonNode json(APIGatewayV2HTTPResponse response) throws IOException {
        return function.context().getBean(JsonMapper.class).readValue(response.getBody(), JsonNode.class);
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        return response.getHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
