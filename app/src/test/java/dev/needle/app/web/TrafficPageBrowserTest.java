package dev.needle.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.needle.app.http.testing.ReferenceLog;
import dev.needle.app.http.testing.ReferenceLog.Count;
import dev.needle.app.http.testing.ReferenceLog.Request;
import dev.needle.app.http.testing.RunningNeedle;
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
 * The traffic page in real Chromium: one server on the Elastic sample log, one on a log of
 * hostile user agents. Expected values are counted from the files by {@link ReferenceLog}.
 */
class TrafficPageBrowserTest {

    /** Where screenshots are written, for people to look at. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String GOOGLEBOT = "66.249.73.135";

    @TempDir
    static Path elasticDir;

    @TempDir
    static Path hostileDir;

    private static ReferenceLog elastic;
    private static RunningNeedle needle;
    private static RunningNeedle hostile;
    private static HeadlessChromium chromium;

    private Page page;
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        elastic = ReferenceLog.resource("elastic_examples_apache_logs.log");
        needle = RunningNeedle.start(elasticDir, List.of(elastic));
        hostile = RunningNeedle.start(hostileDir,
                List.of(ReferenceLog.resource("hostile-agents.log")));
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void stop() {
        try {
            chromium.close();
        } finally {
            try {
                needle.close();
            } finally {
                hostile.close();
            }
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
    void overview_drawsChartFromSeriesApi() {
        page.navigate(needle.url("/"));

        Locator chart = waitForChart();
        JsonNode series = RunningNeedle.json(needle.get(chart.getAttribute("data-series-url")));
        int points = 0;
        for (JsonNode s : series.get("series")) {
            points += s.get("points").size();
        }
        assertThat(chart.locator("canvas").count()).isGreaterThanOrEqualTo(1);
        assertThat(chart.getAttribute("data-series"))
                .isEqualTo(Integer.toString(series.get("series").size()));
        assertThat(series.get("series").size()).isGreaterThan(1);
        assertThat(chart.getAttribute("data-points")).isEqualTo(Integer.toString(points));
        assertThat(series.get("bucket").asText()).isEqualTo("1h");
        assertThat(page.textContent("#stat-requests")).isEqualTo("10,000");
        assertThat(consoleErrors).isEmpty();
        screenshot("traffic-overview.png");
    }

    @Test
    void overview_topIpList_showsGooglebotAddressFirstWith482() {
        page.navigate(needle.url("/"));

        Locator first = page.locator("section.top[data-field=ip] tbody tr").first();

        assertThat(first.locator("td.value").textContent()).isEqualTo(GOOGLEBOT);
        assertThat(first.locator("td.count").getAttribute("data-count")).isEqualTo("482");
        assertThat(first.locator("td.count").textContent()).isEqualTo("482");
        assertThat(rows("ip")).isEqualTo(ReferenceLog.top(elastic.requests(), Request::ip, 10));
    }

    @Test
    void overview_navigation_marksTrafficIntelAndAnalystLiveAndTheRestComing() {
        page.navigate(needle.url("/"));

        assertThat(page.locator("nav.parts a.part").allTextContents())
                .containsExactly("Traffic", "Intel", "Analyst");
        assertThat(page.locator("nav.parts a.part[aria-current=page]").allTextContents())
                .containsExactly("Traffic");
        assertThat(page.locator("nav.parts .part.coming").allTextContents()).containsExactly(
                "Scannercoming", "TLScoming", "Shieldcoming");
    }

    @Test
    void clickTopIp_addsChipAndNarrowsPathsToThatAddress() {
        page.navigate(needle.url("/"));
        waitForChart();
        page.evaluate("window.needleSamePage = true");

        page.locator("section.top[data-field=ip] tbody tr").first().locator("a").click();

        Locator chip = page.locator(".chip");
        chip.waitFor();
        assertThat(chip.getAttribute("data-clause")).isEqualTo("ip = \"" + GOOGLEBOT + "\"");
        assertThat(page.url()).contains("where=ip+%3D+%22" + GOOGLEBOT + "%22");
        assertThat(page.evaluate("window.needleSamePage === true")).isEqualTo(true);
        assertThat(page.locator(".problem").count())
                .as(page.locator("#overview").textContent()).isZero();
        List<Request> googlebot = elastic.where(r -> r.ip().equals(GOOGLEBOT));
        assertThat(rows("path")).isEqualTo(ReferenceLog.top(googlebot, Request::path, 10));
        assertThat(page.textContent("#stat-requests")).isEqualTo("482");
        waitForChart();
        screenshot("traffic-filtered.png");
    }

    @Test
    void hostileUserAgents_showAsTextAndRunNothing() {
        page.navigate(hostile.url("/"));
        waitForChart();

        List<String> agents = page.locator("section.top[data-field=ua] td.value").allTextContents();
        List<String> paths = page.locator("section.top[data-field=path] td.value")
                .allTextContents();

        assertThat(agents).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "\\\"><svg onload=alert(5)>");
        assertThat(paths).contains("/<img src=x onerror=alert(2)>");
        assertThat(page.locator("#overview img, #overview svg, #overview script").count()).isZero();
        assertThat(page.locator("script:not([src])").count()).isZero();
        assertThat(dialogs).isEmpty();
        assertThat(consoleErrors).isEmpty();
        screenshot("traffic-hostile.png");
    }

    @Test
    void clickHostileUserAgent_showsItQuotedInChipAndRunsNothing() {
        page.navigate(hostile.url("/"));
        waitForChart();

        page.locator("section.top[data-field=ua] a",
                new Page.LocatorOptions().setHasText("<script>alert(1)</script>")).click();

        Locator chip = page.locator(".chip");
        chip.waitFor();
        assertThat(chip.locator("code").textContent())
                .isEqualTo("ua = \"<script>alert(1)</script>\"");
        assertThat(page.locator("#overview script, #overview img").count()).isZero();
        screenshot("traffic-chip.png");

        chip.locator(".chip-remove").click();
        page.locator(".chip-none").waitFor();
        assertThat(page.locator(".chip").count()).isZero();
        assertThat(dialogs).isEmpty();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name))
                .setFullPage(true));
    }

    private Locator waitForChart() {
        Locator chart = page.locator("#requests-chart[data-state=loaded]");
        chart.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return chart;
    }

    private List<Count> rows(String field) {
        List<Count> rows = new ArrayList<>();
        Locator all = page.locator("section.top[data-field=" + field + "] tbody tr");
        for (int i = 0; i < all.count(); i++) {
            Locator row = all.nth(i);
            rows.add(new Count(row.getAttribute("data-value"),
                    Long.parseLong(row.locator("td.count").getAttribute("data-count"))));
        }
        return rows;
    }
}
