package dev.needle.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.needle.app.http.testing.IntelFixture;
import dev.needle.app.http.testing.RunningNeedle;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.SearchOperator;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intel pages in real Chromium, on the samples of {@link IntelFixture} and a small STIX
 * bundle, written here, whose indicator's name and description are a script tag.
 */
class IntelPagesBrowserTest {

    private static final String HOSTILE = "<script>alert(1)</script>";

    private static final String BUNDLE = """
            {"type": "bundle", "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
             "objects": [
              {"type": "indicator", "spec_version": "2.1",
               "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
               "created": "2026-11-02T03:04:05.000Z", "modified": "2026-11-02T03:04:05.000Z",
               "name": "<script>alert(1)</script>",
               "description": "<script>alert(1)</script> <img src=x onerror=alert(2)>",
               "pattern": "[domain-name:value = 'hostile.example']", "pattern_type": "stix",
               "valid_from": "2026-11-02T03:04:05Z"}
             ]}
            """;

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;
    private static IntelFixture fixture;
    private static HeadlessChromium chromium;

    private Page page;
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        needle = RunningNeedle.start(dataDir, List.of());
        fixture = IntelFixture.create(needle);
        Path bundle = dataDir.resolve("hostile.json");
        Files.writeString(bundle, BUNDLE, StandardCharsets.UTF_8);
        HttpResponse<String> imported = needle.post("/api/v1/datasets/pages/import",
                fixture.acmeAdmin(), Files.readAllBytes(bundle));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
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
    void login_pickApt1_openEvent_thenTimelapseDrawsSeries() {
        logIn();

        page.selectOption("#attacker", "APT1");
        page.waitForURL("**/intel?attacker=APT1**");
        List<String> attackers = page.locator("#events td.attacker").allTextContents();
        assertThat(attackers).isNotEmpty().allMatch("APT1"::equals);
        screenshot("intel-events-apt1.png");

        page.locator("#events a.headline").first().click();
        page.locator("#indicators").waitFor();
        assertThat(page.textContent("#attacker").strip()).isEqualTo("APT1");
        assertThat(page.locator("#indicators li").count()).isPositive();
        screenshot("intel-event.png");

        page.navigate(needle.url("/intel/timelapse"));
        Locator chart = page.locator("#timelapse[data-state=drawn]");
        chart.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(chart.locator("canvas").count()).isGreaterThanOrEqualTo(1);
        assertThat(Integer.parseInt(chart.getAttribute("data-series"))).isPositive();
        assertThat(Integer.parseInt(chart.getAttribute("data-points"))).isPositive();
        screenshot("intel-timelapse.png");
        assertThat(consoleErrors).isEmpty();
        assertThat(dialogs).isEmpty();
    }

    @Test
    void hostileHeadline_showsAsTextAndRunsNothing() {
        IntelService intel = needle.parts().intel();
        Principal reader = intel.authenticate(fixture.acmeRead()).orElseThrow();
        ThreatEvent hostile = intel.searchEvents(reader, EventSearch.everything()
                .where("indicator", SearchOperator.EQUALS, "hostile.example")).events()
                .getFirst();
        logIn();

        page.navigate(needle.url("/intel/datasets/pages/events/" + hostile.id()));
        page.locator("#indicators").waitFor();
        assertThat(page.textContent("#headline")).isEqualTo(HOSTILE);
        assertThat(page.locator("main script").count()).isZero();
        assertThat(page.locator("main img").count()).isZero();
        screenshot("intel-hostile-event.png");

        page.navigate(needle.url("/intel"));
        assertThat(page.locator("#events a.headline").allTextContents()).contains(HOSTILE);
        assertThat(dialogs).isEmpty();
        assertThat(consoleErrors).isEmpty();
    }

    private void logIn() {
        page.navigate(needle.url("/intel"));
        page.waitForURL("**/login");
        page.fill("#token", fixture.acmeRead());
        page.click("form[action='/login'] button");
        page.waitForURL("**/intel");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(TrafficPageBrowserTest.SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}
