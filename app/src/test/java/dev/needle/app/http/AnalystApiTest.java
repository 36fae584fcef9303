package dev.needle.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.http.testing.IntelFixture;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.ReferenceLog.Count;
import dev.needle.app.http.testing.ReferenceLog.Request;
import dev.needle.app.http.testing.RunningNeedle;
import dev.needle.app.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's conversations over real HTTP, on the Elastic sample log and the hostile-agents
 * log, with the feeds of {@link IntelFixture} and the busiest address of the Elastic log made
 * known ({@link IntelFixture#knowIpv4}). Expected values are counted from the logs by
 * {@link ReferenceLog}.
 */
class AnalystApiTest {

    private static final String CONVERSATIONS = "/api/v1/analyst/conversations";

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;
    private static IntelFixture intel;
    private static List<Count> topIps;

    @BeforeAll
    static void start() {
        ReferenceLog elastic = ReferenceLog.resource("elastic_examples_apache_logs.log");
        ReferenceLog hostile = ReferenceLog.resource("hostile-agents.log");
        needle = RunningNeedle.start(dataDir, List.of(elastic, hostile));
        intel = IntelFixture.create(needle);
        List<Request> all = new ArrayList<>(elastic.requests());
        all.addAll(hostile.requests());
        topIps = ReferenceLog.top(all, Request::ip, 5);
        intel.knowIpv4(needle, topIps.get(0).value());
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void start_topFiveIps_is201WithLocationAndTheFiveBusiestAddresses() {
        HttpResponse<String> response = ask(CONVERSATIONS, intel.acmeRead(),
                "what are the top 5 IP addresses?");

        JsonNode answer = RunningNeedle.json(response);
        String id = answer.get("conversation").asText();
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains(CONVERSATIONS + "/" + id);
        assertThat(answer.get("question").asText()).isEqualTo("what are the top 5 IP addresses?");
        assertThat(answer.get("intent").asText()).isEqualTo("top");
        assertThat(answer.get("planner").asText()).isEqualTo("embedded");
        assertThat(answer.get("text").asText()).contains(topIps.get(0).value());
        assertThat(texts(answer.get("table").get("columns"))).containsExactly("ip", "count");
        assertThat(rows(answer, "ip")).containsExactlyElementsOf(
                topIps.stream().map(Count::value).toList());
        assertThat(answer.get("table").get("rows").get(0).get("count").asLong())
                .isEqualTo(topIps.get(0).count());
        JsonNode evidence = answer.get("evidence").get(0);
        assertThat(evidence.get("tool").asText()).isEqualTo("traffic_top");
        assertThat(evidence.get("args").get("field").asText()).isEqualTo("ip");
        assertThat(evidence.get("args").get("limit").asText()).isEqualTo("5");
        assertThat(evidence.get("rows").asLong()).isEqualTo(10_007);
        assertThat(evidence.has("error")).isFalse();
    }

    @Test
    void followUp_anyOfTheseMalicious_matchesTheFiveAndKnowsTheListedOne() {
        String id = startConversation(intel.acmeRead(), "what are the top 5 IP addresses?");

        HttpResponse<String> response = ask(CONVERSATIONS + "/" + id + "/messages",
                intel.acmeRead(), "are any of these known to be malicious?");

        JsonNode answer = RunningNeedle.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answer.get("conversation").asText()).isEqualTo(id);
        assertThat(answer.get("intent").asText()).isEqualTo("match");
        JsonNode evidence = answer.get("evidence").get(0);
        assertThat(evidence.get("tool").asText()).isEqualTo("intel_match");
        assertThat(evidence.get("args").get("values").asText()).isEqualTo(String.join(",",
                topIps.stream().map(Count::value).toList()));
        assertThat(rows(answer, "value")).containsExactlyElementsOf(
                topIps.stream().map(Count::value).toList());
        List<Boolean> known = new ArrayList<>();
        answer.get("table").get("rows").forEach(row -> known.add(row.get("known").asBoolean()));
        assertThat(known).containsExactly(true, false, false, false, false);
        assertThat(answer.get("text").asText()).startsWith("1 of 5");
    }

    @Test
    void conversation_afterTwoQuestions_holdsBothAnswersOldestFirst() {
        String id = startConversation(intel.acmeRead(), "what are the top 5 IP addresses?");
        HttpResponse<String> second = ask(CONVERSATIONS + "/" + id + "/messages",
                intel.acmeRead(), "are any of these known to be malicious?");

        HttpResponse<String> response = needle.get(CONVERSATIONS + "/" + id, intel.acmeRead());

        JsonNode body = RunningNeedle.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.get("id").asText()).isEqualTo(id);
        assertThat(body.get("messages")).hasSize(2);
        assertThat(body.get("messages").get(0).get("intent").asText()).isEqualTo("top");
        assertThat(body.get("messages").get(1)).isEqualTo(RunningNeedle.json(second));
    }

    @Test
    void start_withoutToken_is401() {
        HttpResponse<String> response = needle.send(HttpRequest.newBuilder(
                URI.create(needle.url(CONVERSATIONS)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"top 5 IPs\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(RunningNeedle.json(response).get("error").get("code").asText())
                .isEqualTo("unauthorized");
    }

    @Test
    void conversation_withUnknownToken_is401() {
        String id = startConversation(intel.acmeRead(), "top 5 IPs");

        HttpResponse<String> response = needle.get(CONVERSATIONS + "/" + id, "not-a-token");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void otherOrganisation_getsTheSame404AsForAnIdThatDoesNotExist() {
        String acme = startConversation(intel.acmeRead(), "what are the top 5 IP addresses?");
        String unknown = UUID.randomUUID().toString();

        HttpResponse<String> rivalRead = needle.get(CONVERSATIONS + "/" + acme,
                intel.rivalRead());
        HttpResponse<String> rivalAsk = ask(CONVERSATIONS + "/" + acme + "/messages",
                intel.rivalRead(), "are any of these known to be malicious?");
        HttpResponse<String> missing = needle.get(CONVERSATIONS + "/" + unknown,
                intel.rivalRead());

        assertThat(rivalRead.statusCode()).isEqualTo(404);
        assertThat(rivalAsk.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(RunningNeedle.json(rivalRead).get("error").get("code").asText())
                .isEqualTo("not_found");
        assertThat(rivalRead.body().replace(acme, "ID"))
                .isEqualTo(missing.body().replace(unknown, "ID"))
                .isEqualTo(rivalAsk.body().replace(acme, "ID"));
        assertThat(rivalRead.body()).doesNotContain("acme");
        assertThat(RunningNeedle.json(needle.get(CONVERSATIONS + "/" + acme, intel.acmeRead()))
                .get("messages")).hasSize(1);
    }

    @Test
    void followUp_unknownConversation_is404() {
        HttpResponse<String> response = ask(CONVERSATIONS + "/" + UUID.randomUUID()
                + "/messages", intel.acmeRead(), "top 5 IPs");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void badBodies_are400NamingThePlace() {
        Map<String, String> placeByBody = Map.of(
                "", "body",
                "{\"question\": ", "body",
                "[\"top 5 IPs\"]", "body",
                "{}", "question",
                "{\"question\": 5}", "question",
                "{\"question\": null}", "question",
                "{\"question\": \"   \"}", "question",
                "{\"question\": \"top\\u0000 5 IPs\"}", "question",
                "{\"question\": \"top 5 IPs\", \"conversation\": \"x\"}", "conversation");

        Map<String, String> places = new TreeMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        placeByBody.forEach((body, place) -> {
            HttpResponse<String> response = needle.post(CONVERSATIONS, intel.acmeRead(),
                    body.getBytes(StandardCharsets.UTF_8));
            statuses.put(body, response.statusCode());
            places.put(body, RunningNeedle.json(response).get("error").get("details")
                    .get("place").asText());
        });

        assertThat(statuses.values()).containsOnly(400);
        assertThat(places).isEqualTo(new TreeMap<>(placeByBody));
    }

    @Test
    void questionNotAString_messageSaysWhatWasSent() {
        HttpResponse<String> response = needle.post(CONVERSATIONS, intel.acmeRead(),
                "{\"question\": [1, 2]}".getBytes(StandardCharsets.UTF_8));

        assertThat(RunningNeedle.json(response).get("error").get("message").asText())
                .isEqualTo("question: expected a string, got array");
    }

    @Test
    void unknownQueryParameter_is400() {
        HttpResponse<String> response = needle.post(CONVERSATIONS + "?planner=llm",
                intel.acmeRead(), body("top 5 IPs"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RunningNeedle.json(response).get("error").get("details").get("parameter")
                .asText()).isEqualTo("planner");
    }

    @Test
    void scriptQuestion_isAnsweredAndEchoedAsJsonData() {
        String question = "<script>alert(1)</script> top 5 IPs";

        HttpResponse<String> response = ask(CONVERSATIONS, intel.acmeRead(), question);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/json");
        assertThat(RunningNeedle.json(response).get("question").asText()).isEqualTo(question);
    }

    @Test
    void hundredKilobyteQuestion_is413WithAClearMessage() {
        String question = "<script>alert(1)</script>".repeat(4096);

        HttpResponse<String> response = ask(CONVERSATIONS, intel.acmeRead(), question);

        JsonNode error = RunningNeedle.json(response).get("error");
        assertThat(question.length()).isGreaterThan(100_000);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error.get("message").asText())
                .isEqualTo("a question's body takes at most 16384 bytes, and the question at"
                        + " most 4000 characters");
        assertThat(response.body()).doesNotContain("<script>").doesNotContain("Exception");
    }

    @Test
    void questionOverFourThousandCharacters_is400NamingTheLength() {
        HttpResponse<String> response = ask(CONVERSATIONS, intel.acmeRead(), "x".repeat(4001));

        JsonNode error = RunningNeedle.json(response).get("error");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error.get("message").asText())
                .isEqualTo("question: is 4001 characters long; at most 4000 are taken");
    }

    private static String startConversation(String token, String question) {
        HttpResponse<String> response = ask(CONVERSATIONS, token, question);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return RunningNeedle.json(response).get("conversation").asText();
    }

    private static HttpResponse<String> ask(String path, String token, String question) {
        return needle.post(path, token, body(question));
    }

    private static byte[] body(String question) {
        try {
            return Json.MAPPER.writeValueAsBytes(Map.of("question", question));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> rows(JsonNode answer, String column) {
        List<String> values = new ArrayList<>();
        answer.get("table").get("rows").forEach(row -> values.add(row.get(column).asText()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
