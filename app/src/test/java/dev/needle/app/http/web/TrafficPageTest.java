package dev.needle.app.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.RunningNeedle;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The traffic page's HTML over HTTP, and its templates rendered directly. */
class TrafficPageTest {

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;

    @BeforeAll
    static void start() {
        needle = RunningNeedle.start(dataDir, List.of(ReferenceLog.resource("hostile-agents.log")));
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void page_hostileUserAgents_areEscapedInTextAndAttributes() {
        HttpResponse<String> response = needle.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("text/html");
        assertThat(response.body())
                .contains(">&lt;script&gt;alert(1)&lt;/script&gt;</a>")
                .contains("data-value=\"&lt;img src=x onerror=alert(1)>\"")
                .contains("data-value=\"\\&#34;>&lt;svg onload=alert(5)>\"")
                .doesNotContain("<script>alert").doesNotContain("<img src=x")
                .doesNotContain("<svg onload");
    }

    @Test
    void page_withoutHtmx_isWholeDocumentWithLayout() {
        String body = needle.get("/").body();

        assertThat(body).startsWith("<!doctype html>").contains("<title>Traffic · Needle</title>")
                .contains("<nav class=\"parts\"").contains("<div id=\"overview\">");
    }

    @Test
    void page_fromHtmx_isOnlyTheOverviewFragment() {
        HttpResponse<String> response = needle.send(HttpRequest.newBuilder(
                URI.create(needle.url("/?where=status+%3D+404"))).header("HX-Request", "true")
                .GET().build());

        assertThat(response.body().strip()).startsWith("<div id=\"overview\">")
                .doesNotContain("<html").doesNotContain("<nav");
        assertThat(response.headers().firstValue("Vary")).hasValue("HX-Request");
    }

    @Test
    void page_badSince_is400WithReasonAndChipsKept() {
        HttpResponse<String> response = needle.get("/?since=yesterday");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("class=\"problem\"")
                .contains("parameter 'since': invalid time 'yesterday'; expected a duration")
                .contains("value=\"yesterday\"");
    }

    @Test
    void page_topEntryLink_addsQuotedClauseToTheFilter() {
        String body = needle.get("/").body();

        assertThat(body).contains("href=\"/?where=ip+%3D+%22203.0.113.7%22\"");
    }

    @Test
    void overviewTemplate_finding_showsEveryPartEscaped() {
        OverviewView.FindingCard finding = new OverviewView.FindingCard("Brute force", "high",
                "path", "/login\"><b>", "<i>90</i> POSTs to /login from 3 sources",
                "2015-05-17 10:00 – 2015-05-17 11:00 UTC",
                List.of("ip 203.0.113.7 (60)", "ua <script>x</script> (30)"),
                AskLinks.question("top 10 IPs on /login\"><b>"));
        OverviewView view = new OverviewView(
                new PageFilter(List.of(), Optional.empty(), Optional.empty()), List.of(),
                Optional.empty(), OverviewView.Summary.unknown(), "/api/v1/traffic/series",
                List.of(), List.of(finding));

        String html = WebTemplates.precompiled().render("traffic/overview.jte", view);

        assertThat(html).contains("class=\"finding sev-high\"")
                .contains("<span class=\"severity\">high</span>")
                .contains("<span class=\"kind\">Brute force</span>")
                .contains("<span class=\"field\">path</span> <code>/login\"&gt;&lt;b&gt;</code>")
                .contains("&lt;i&gt;90&lt;/i&gt; POSTs to /login from 3 sources")
                .contains("2015-05-17 10:00 – 2015-05-17 11:00 UTC")
                .contains("<li><code>ip 203.0.113.7 (60)</code></li>")
                .contains("<li><code>ua &lt;script&gt;x&lt;/script&gt; (30)</code></li>")
                .contains("Findings <span class=\"badge\">1</span>")
                .contains("<a class=\"ask-about\" href=\"/analyst?q=top%2010%20IPs%20on%20"
                        + "%2Flogin%22%3E%3Cb%3E\" hx-boost=\"false\">Ask about this</a>");
    }
}
