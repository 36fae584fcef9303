package dev.needle.app.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.app.http.testing.IntelFixture;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.RunningNeedle;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.SearchOperator;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst page over real HTTP, on the hostile-agents log and the samples of
 * {@link IntelFixture}: login and return, plain and htmx posts, refusals, and the "Ask about
 * this" link of the event page.
 */
class AnalystPageTest {

    private static final Pattern CONVERSATION = Pattern.compile(
            "/analyst\\?conversation=([0-9a-f-]{36})");

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;
    private static IntelFixture fixture;

    @BeforeAll
    static void start() {
        needle = RunningNeedle.start(dataDir, List.of(ReferenceLog.resource("hostile-agents.log")));
        fixture = IntelFixture.create(needle);
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void page_withoutCookie_sendsToALoginThatReturnsHere() {
        HttpResponse<String> page = needle.get("/analyst?q=top%205%20IPs");
        String login = page.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> form = needle.get(login);
        HttpResponse<String> loggedIn = login(fixture.acmeRead(), "/analyst?q=top%205%20IPs");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(login).isEqualTo("/login?next=%2Fanalyst%3Fq%3Dtop%25205%2520IPs");
        assertThat(form.body()).contains(
                "<input type=\"hidden\" name=\"next\" value=\"/analyst?q=top%205%20IPs\">");
        assertThat(loggedIn.statusCode()).isEqualTo(303);
        assertThat(loggedIn.headers().firstValue("Location")).hasValue("/analyst?q=top%205%20IPs");
    }

    @Test
    void login_nextNamingAnotherSite_goesToTheIntelPagesInstead() {
        for (String next : List.of("//evil.example/", "/\\evil.example/", "https://evil.example/",
                "/analyst\r\nSet-Cookie: x=y")) {
            HttpResponse<String> response = login(fixture.acmeRead(), next);

            assertThat(response.headers().firstValue("Location")).as(next).hasValue("/intel");
        }
    }

    @Test
    void page_preparedQuestion_isEscapedInTheBox() {
        HttpResponse<String> response = page("/analyst?q="
                + enc("<script>alert(1)</script></textarea>"), fixture.acmeRead());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(">&lt;script&gt;alert(1)&lt;/script&gt;&lt;/textarea&gt;</textarea>")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void plainFormPost_redirectsToTheConversationWhichShowsTheAnswer() {
        HttpResponse<String> posted = post(fixture.acmeRead(), false, "top 5 IPs", "");
        String location = posted.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> page = page(location, fixture.acmeRead());

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(location).matches(CONVERSATION.pattern());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<li class=\"turn\" data-intent=\"top\">")
                .contains("<code class=\"tool\">traffic_top</code>")
                .contains("<code class=\"arg\">limit=5</code>")
                .contains("<td>203.0.113.7</td>");
    }

    @Test
    void htmxPost_answersWithTheTurnAndTheConversationIdToKeep() {
        HttpResponse<String> response = post(fixture.acmeRead(), true, "top 5 IPs", "");

        Matcher url = CONVERSATION.matcher(
                response.headers().firstValue("HX-Replace-Url").orElseThrow());
        assertThat(url.matches()).isTrue();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().strip()).startsWith("<li class=\"turn\" data-intent=\"top\">")
                .doesNotContain("<html")
                .contains("<input type=\"hidden\" id=\"conversation\" name=\"conversation\""
                        + " value=\"" + url.group(1) + "\"");
        assertThat(response.body()).contains("hx-swap-oob=\"true\"");
    }

    @Test
    void htmxFollowUp_continuesTheConversation() {
        String id = conversationOf(post(fixture.acmeRead(), true, "top 5 IPs", ""));

        HttpResponse<String> response = post(fixture.acmeRead(), true,
                "are any of these known to be malicious?", id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(conversationOf(response)).isEqualTo(id);
        assertThat(response.body()).contains("data-intent=\"match\"")
                .containsPattern("<code class=\"arg\">values=[0-9.,]+</code>")
                .contains("<td>203.0.113.7</td>").contains("<td>198.51.100.23</td>")
                .contains("<td>192.0.2.99</td>");
    }

    @Test
    void htmxPost_blankQuestion_is400WithTheReason() {
        HttpResponse<String> response = post(fixture.acmeRead(), true, "  ", "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<li class=\"turn refused\" role=\"alert\">")
                .contains("The question is blank");
    }

    @Test
    void plainFormPost_controlCharacter_is400PageKeepingTheQuestion() {
        HttpResponse<String> response = post(fixture.acmeRead(), false, "top\u0007 5 IPs", "");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The question holds the control character U+0007"
                + " at position 4.").contains(">top\u0007 5 IPs</textarea>");
    }

    @Test
    void post_fromAnotherSite_is403AndAsksNothing() {
        HttpResponse<String> response = needle.send(form(fixture.acmeRead(), "top 5 IPs", "")
                .header("Sec-Fetch-Site", "cross-site").build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void htmxPost_withoutCookie_sendsTheBrowserToTheLogin() {
        HttpResponse<String> response = needle.send(HttpRequest.newBuilder(
                URI.create(needle.url("/analyst")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString("question=top+5+IPs")).build());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("HX-Redirect"))
                .hasValue("/login?next=%2Fanalyst");
    }

    @Test
    void otherOrganisationsConversation_showsAsMissingAndCannotBeContinued() {
        String id = conversationOf(post(fixture.acmeRead(), true, "top 5 user agents", ""));

        HttpResponse<String> shown = page("/analyst?conversation=" + id, fixture.rivalRead());
        HttpResponse<String> continued = post(fixture.rivalRead(), true, "show 20 instead", id);

        assertThat(shown.statusCode()).isEqualTo(404);
        assertThat(shown.body()).contains("No conversation of your organisation has that id")
                .doesNotContain("top 5 user agents").doesNotContain("value=\"" + id + "\"");
        assertThat(continued.statusCode()).isEqualTo(400);
        assertThat(continued.body()).contains("No conversation of your organisation has that id");
    }

    @Test
    void eventPage_linksToTheAnalystWithTheKillChainQuestion() {
        IntelService intel = needle.parts().intel();
        Principal reader = intel.authenticate(fixture.acmeRead()).orElseThrow();
        ThreatEvent apt1 = intel.searchEvents(reader, EventSearch.everything()
                .where("attacker", SearchOperator.EQUALS, "APT1")).events().getFirst();

        HttpResponse<String> response = page(IntelLinks.event(apt1), fixture.acmeRead());

        assertThat(response.body()).contains("<a class=\"ask-about\" id=\"ask-about\""
                + " href=\"/analyst?q=how%20has%20APT1%20progressed%20across%20the%20kill%20chain"
                + "%3F\">Ask about this</a>");
    }

    private static HttpResponse<String> login(String token, String next) {
        return needle.send(HttpRequest.newBuilder(URI.create(needle.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&next="
                        + enc(next))).build());
    }

    private static HttpResponse<String> page(String path, String token) {
        return needle.send(HttpRequest.newBuilder(URI.create(needle.url(path)))
                .header("Cookie", "needle_token=" + token).GET().build());
    }

    private static HttpResponse<String> post(String token, boolean htmx, String question,
            String conversation) {
        HttpRequest.Builder request = form(token, question, conversation);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return needle.send(request.build());
    }

    private static HttpRequest.Builder form(String token, String question,
            String conversation) {
        return HttpRequest.newBuilder(URI.create(needle.url("/analyst")))
                .header("Cookie", "needle_token=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("question=" + enc(question)
                        + "&conversation=" + enc(conversation)));
    }

    private static String conversationOf(HttpResponse<String> htmxAnswer) {
        Matcher url = CONVERSATION.matcher(
                htmxAnswer.headers().firstValue("HX-Replace-Url").orElseThrow());
        assertThat(url.matches()).as(htmxAnswer.body()).isTrue();
        return url.group(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
