package com.penultimate.sysops.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.penultimate.sysops.aws.dynamodb.DynamoDbLocalServer;
import com.penultimate.sysops.aws.kb.KbTables;
import com.penultimate.sysops.http.testing.FunctionHarness;
import com.penultimate.sysops.http.testing.TestTokens;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kb-search Lambda handler, fed with the events in {@code events/kb-search/}, on DynamoDB Local. */
class KbSearchFunctionTest {
    private static final String EXPERT = TestTokens.shared().bearer("exp-ada", "expert");
    private static FunctionHarness function;

    @BeforeAll
    static void start() {
        String table = KbTables.createFor(KbSearchFunctionTest.class);
        function = new FunctionHarness(Map.of("sysops.tables.kb", table,
                "sysops.aws.endpoints.dynamodb", DynamoDbLocalServer.endpoint().toString()));
    }

    @AfterAll
    static void stop() {
        function.close();
    }

    @Test
    void addedArticle_isCreatedAsVersionOneAndFoundByTheNextSearch() {
        APIGatewayV2HTTPResponse created = send("post_article_valid.json", EXPERT);

        assertThat(created.getStatusCode()).isEqualTo(201);
        Map<String, Object> article = body(created);
        assertThat(article).containsEntry("version", 1).containsEntry("author", "exp-ada");
        assertThat(article.get("createdAt")).asString().matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(created.getHeaders().get("Location")).isEqualTo("/kb/articles/" + article.get("articleId"));

        APIGatewayV2HTTPResponse found = send("get_search_tvnosound.json", TestTokens.shared().bearer("c1", "customer"));

        assertThat(found.getStatusCode()).isEqualTo(200);
        assertThat(body(found).get("terms")).isEqualTo(List.of("tv", "sound"));
        // Other tests add the same article to the shared table: each copy ranks alike.
        assertThat(hits(found)).extracting(hit -> hit.get("articleId")).contains(article.get("articleId"));
        Map<String, Object> first = hits(found).get(0);
        assertThat(first).containsEntry("title", "TV has picture but no sound");
        assertThat(first.get("snippet")).isEqualTo(Map.of("field", "SOLUTION", "text",
                "Open Settings > «Sound» > «Audio» output and choose «TV» speakers instead of HDMI ARC or optical."));
    }

    @Test
    void add_byACustomer_is403AndStoresNothing() {
        APIGatewayV2HTTPResponse response = send("post_article_valid.json",
                TestTokens.shared().bearer("c1", "customer"));

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void add_withMissingFields_is400NamingEachOne() {
        APIGatewayV2HTTPResponse response = send("post_article_missingfields.json", EXPERT);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
        assertThat(response.getBody()).contains("\"title\"", "\"solution\"", "\"products\"");
    }

    @Test
    void edit_onTheCurrentVersionMakesTheNextAndKeepsTheFirst() {
        String id = created();

        APIGatewayV2HTTPResponse edited = send("put_article_edited.json", EXPERT, "ARTICLE_ID", id, "VERSION", "1");

        assertThat(edited.getStatusCode()).isEqualTo(200);
        assertThat(body(edited)).containsEntry("version", 2).containsEntry("editedBy", "exp-ada");
        APIGatewayV2HTTPResponse versions = send("get_article_versions.json", EXPERT, "ARTICLE_ID", id);
        assertThat(versions.getStatusCode()).isEqualTo(200);
        assertThat(list(body(versions), "versions")).extracting(v -> v.get("title"))
                .containsExactly("TV has picture but no sound", "TV has picture but no sound (speakers or ARC)");
    }

    @Test
    void edit_onAStaleVersion_is409() {
        String id = created();
        send("put_article_edited.json", EXPERT, "ARTICLE_ID", id, "VERSION", "1");

        APIGatewayV2HTTPResponse stale = send("put_article_edited.json", TestTokens.shared().bearer("exp-bo", "expert"),
                "ARTICLE_ID", id, "VERSION", "1");

        assertThat(stale.getStatusCode()).isEqualTo(409);
        assertThat(stale.getBody()).contains("version 2");
    }

    @Test
    void get_returnsTheCurrentVersionAndAnUnknownIdIs404() {
        String id = created();

        assertThat(body(send("get_article_byid.json", EXPERT, "ARTICLE_ID", id))).containsEntry("articleId", id);
        assertThat(send("get_article_byid.json", EXPERT, "ARTICLE_ID", "KB404").getStatusCode()).isEqualTo(404);
    }

    @Test
    void search_byProduct_leavesOutOtherProducts() {
        created();

        APIGatewayV2HTTPResponse other = send("get_search_byproduct.json", EXPERT, "QUERY", "sound",
                "PRODUCT", "SOUNDBAR-500");
        APIGatewayV2HTTPResponse same = send("get_search_byproduct.json", EXPERT, "QUERY", "sound",
                "PRODUCT", "TV-LED43");

        assertThat(hits(other)).isEmpty();
        assertThat(hits(same)).isNotEmpty();
    }

    @Test
    void search_withoutAQueryAndWithTooLargeALimit_is400NamingBoth() {
        APIGatewayV2HTTPResponse response = send("get_search_badparams.json", EXPERT);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"q\"", "\"limit\"");
    }

    @Test
    void search_withoutAToken_is401() {
        APIGatewayV2HTTPResponse response = send("get_search_tvnosound.json", "");

        assertThat(response.getStatusCode()).isEqualTo(401);
    }

    private static String created() {
        return (String) body(send("post_article_valid.json", EXPERT)).get("articleId");
    }

    private static APIGatewayV2HTTPResponse send(String file, String token, String... placeholders) {
        Map<String, String> values = new HashMap<>(Map.of("TOKEN", token));
        for (int i = 0; i < placeholders.length; i += 2) {
            values.put(placeholders[i], placeholders[i + 1]);
        }
        return function.send(function.event("kb-search", file, values));
    }

    private static Map<String, Object> body(APIGatewayV2HTTPResponse response) {
        try {
            return function.context().getBean(JsonMapper.class).readValue(response.getBody(),
                    Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> hits(APIGatewayV2HTTPResponse response) {
        return list(body(response), "hits");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String name) {
        return (List<Map<String, Object>>) body.get(name);
    }
}
