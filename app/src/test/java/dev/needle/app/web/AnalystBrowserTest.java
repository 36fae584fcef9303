package dev.needle.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.needle.app.http.testing.IntelFixture;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.ReferenceLog.Count;
import dev.needle.app.http.testing.ReferenceLog.Request;
import dev.needle.app.http.testing.RunningNeedle;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.SearchOperator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst page in real Chromium, over the Elastic sample log and the hostile-agents log,
 * with the feeds of {@link IntelFixture} and the busiest address of the Elastic log made known.
 * Expected values are counted from the logs by {@link ReferenceLog}.
 */
class AnalystBrowserTest {

    private static final String HOSTILE_AGENT = "<img src=x onerror=alert(1)>";

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;
    private static IntelFixture fixture;
    private static List<Count> topIps;
    private static HeadlessChromium chromium;

    private Page page;
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        ReferenceLog elastic = ReferenceLog.resource("elastic_examples_apache_logs.log");
        ReferenceLog hostile = ReferenceLog.resource("hostile-agents.log");
        needle = RunningNeedle.start(dataDir, List.of(elastic, hostile));
        fixture = IntelFixture.create(needle);
        List<Request> all = new ArrayList<>(elastic.requests());
        all.addAll(hostile.requests());
        topIps = ReferenceLog.top(all, Request::ip, 5);
        fixture.knowIpv4(needle, topIps.get(0).value());
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void stop() {
        try {
            chromium.close();
        } finally {
            needle.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = chromium.watchedPage(dialogs, consoleErrors);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void topFiveThenFollowUp_showsFiveAddressesThenWhichAreKnown() {
        logIn();

        page.fill("#question", "what are the top 5 IP addresses?");
        page.click("#ask button");
        Locator top = page.locator("#transcript li.turn[data-intent=top]");
        top.waitFor();
        assertThat(column(top, 0)).containsExactlyElementsOf(
                topIps.stream().map(Count::value).toList());
        assertThat(top.locator(".evidence .tool").allTextContents())
                .containsExactly("traffic_top");
        assertThat(top.locator(".evidence .arg").allTextContents())
                .containsExactly("field=ip", "limit=5");
        String conversation = page.inputValue("#conversation");
        assertThat(conversation).isNotEmpty();
        assertThat(page.inputValue("#question")).isEmpty();

        page.fill("#question", "are any of these known to be malicious?");
        page.press("#question", "Enter");
        Locator match = page.locator("#transcript li.turn[data-intent=match]");
        match.waitFor();
        assertThat(column(match, 0)).containsExactlyElementsOf(
                topIps.stream().map(Count::value).toList());
        assertThat(column(match, 1)).containsExactly("yes", "no", "no", "no", "no");
        assertThat(match.locator(".text").textContent()).startsWith("1 of 5");
        assertThat(match.locator(".evidence .tool").allTextContents())
                .containsExactly("intel_match");
        assertThat(page.inputValue("#conversation")).isEqualTo(conversation);
        assertThat(page.url()).endsWith("/analyst?conversation=" + conversation);
        screenshot("analyst-conversation.png");

        page.reload();
        assertThat(page.locator("#transcript li.turn").count()).isEqualTo(2);
        assertThat(page.inputValue("#conversation")).isEqualTo(conversation);
        assertThat(consoleErrors).isEmpty();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void hostileUserAgent_inAnswerTable_showsAsTextAndRunsNothing() {
        logIn();

        page.fill("#question", "top user agents of 198.51.100.23");
        page.click("#ask button");
        Locator answer = page.locator("#transcript li.turn[data-intent=top]");
        answer.waitFor();

        assertThat(column(answer, 0)).contains(HOSTILE_AGENT);
        assertThat(page.locator("#transcript img").count()).isZero();
        assertThat(page.locator("#transcript svg").count()).isZero();
        screenshot("analyst-hostile-agent.png");
        assertThat(dialogs).isEmpty();
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void scriptQuestion_isShownAsTheQuestionAndRunsNothing() {
        logIn();
        String question = "<script>alert(1)</script><img src=x onerror=alert(2)>";

        page.fill("#question", question);
        page.click("#ask button");
        Locator turn = page.locator("#transcript li.turn").first();
        turn.waitFor();

        assertThat(turn.locator(".question").textContent()).isEqualTo(question);
        assertThat(page.locator("#transcript script").count()).isZero();
        assertThat(page.locator("#transcript img").count()).isZero();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void askAboutEvent_opensTheAnalystWithTheKillChainQuestion() {
        IntelService intel = needle.parts().intel();
        Principal reader = intel.authenticate(fixture.acmeRead()).orElseThrow();
        ThreatEvent apt1 = intel.searchEvents(reader, EventSearch.everything()
                .where("attacker", SearchOperator.EQUALS, "APT1")).events().getFirst();
        logIn();

        page.navigate(needle.url("/intel/datasets/apt1/events/" + apt1.id()));
        page.click("#ask-about");
        page.waitForURL("**/analyst?q=**");
        assertThat(page.inputValue("#question"))
                .isEqualTo("how has APT1 progressed across the kill chain?");
        page.click("#ask button");
        Locator answer = page.locator("#transcript li.turn[data-intent=killchain]");
        answer.waitFor();

        assertThat(answer.locator(".evidence .arg").allTextContents())
                .containsExactly("attacker=APT1");
        assertThat(answer.locator(".text").textContent()).matches("APT1 (has|reached) .*");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void askAboutFinding_loggedOut_logsInAndKeepsTheQuestion() {
        page.navigate(needle.url("/"));
        Locator ask = page.locator(".finding a.ask-about").first();
        String href = ask.getAttribute("href");

        ask.click();
        page.waitForURL("**/login?next=**");
        page.fill("#token", fixture.acmeRead());
        page.click("form[action='/login'] button");
        page.waitForURL("**/analyst?q=**");

        assertThat(page.url()).endsWith(href);
        assertThat(page.inputValue("#question")).isNotBlank()
                .matches("(what do we know about .*\\?|why did .* spike at .*\\?|top 10 IPs .*)");
        assertThat(consoleErrors).isEmpty();
    }

    private void logIn() {
        page.navigate(needle.url("/analyst"));
        page.waitForURL("**/login?next=**");
        page.fill("#token", fixture.acmeRead());
        page.click("form[action='/login'] button");
        page.waitForURL("**/analyst");
    }

    /** The texts of one column of a turn's table, top to bottom. */
    private static List<String> column(Locator turn, int index) {
        return turn.locator("tbody tr td:nth-child(" + (index + 1) + ")").allTextContents();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(TrafficPageBrowserTest.SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}
