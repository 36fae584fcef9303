package dev.needle.app.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.app.http.testing.IntelFixture;
import dev.needle.app.http.testing.RunningNeedle;
import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.SearchOperator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intel pages over real HTTP, on the APT1 STIX and Feodo Tracker samples of
 * {@link IntelFixture}. Expected values are read from the intel service as acme's reader.
 */
class IntelPagesTest {

    @TempDir
    static Path dataDir;

    private static RunningNeedle needle;
    private static IntelFixture fixture;
    private static ThreatEvent apt1Event;

    @BeforeAll
    static void start() {
        needle = RunningNeedle.start(dataDir, List.of());
        fixture = IntelFixture.create(needle);
        IntelService intel = needle.parts().intel();
        Principal reader = intel.authenticate(fixture.acmeRead()).orElseThrow();
        apt1Event = intel.searchEvents(reader, EventSearch.everything()
                .where("attacker", SearchOperator.EQUALS, "APT1")).events().getFirst();
    }

    @AfterAll
    static void stop() {
        needle.close();
    }

    @Test
    void intel_withoutCookie_redirectsToLogin() {
        for (String path : List.of("/intel", "/intel/timelapse", "/intel/timelapse.json",
                IntelLinks.event(apt1Event), IntelLinks.indicator(apt1Event.indicators().get(0)))) {
            HttpResponse<String> response = needle.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue("/login");
        }
    }

    @Test
    void login_knownToken_setsStrictHttpOnlyCookieAndRedirectsToIntel() {
        HttpResponse<String> response = login(fixture.acmeRead());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/intel");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValue(
                "needle_token=" + fixture.acmeRead() + "; Path=/; HttpOnly; SameSite=Strict");
    }

    @Test
    void login_unknownToken_answers401WithTheFormAndNoCookie() {
        HttpResponse<String> response = login("not-a-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("unknown or revoked").contains("name=\"token\"");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void login_postedFromAnotherSite_answers403WithNoCookie() {
        HttpResponse<String> response = needle.send(HttpRequest.newBuilder(
                URI.create(needle.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + fixture.acmeRead()))
                .build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void events_withCookie_areNotCached() {
        HttpResponse<String> response = page("/intel", fixture.acmeRead());

        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void logout_clearsTheCookie() {
        HttpResponse<String> response = needle.send(HttpRequest.newBuilder(
                URI.create(needle.url("/logout"))).POST(HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("needle_token=;").contains("Max-Age=0");
    }

    @Test
    void events_listsApt1InDropDownAndTable() {
        HttpResponse<String> response = page("/intel", fixture.acmeRead());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<option value=\"APT1\">APT1</option>")
                .contains("<td class=\"attacker\">APT1</td>")
                .contains("href=\"" + IntelLinks.event(apt1Event) + "\"");
    }

    @Test
    void events_filteredByAttacker_showsOnlyThatAttackersEvents() {
        HttpResponse<String> response = page("/intel?attacker=APT1", fixture.acmeRead());

        String body = response.body();
        assertThat(body).contains("<option value=\"APT1\" selected>APT1</option>");
        int rows = body.split("<td class=\"attacker\">").length - 1;
        int apt1 = body.split("<td class=\"attacker\">APT1</td>").length - 1;
        assertThat(rows).isPositive().isEqualTo(apt1);
    }

    @Test
    void events_nextPageLinks_walkEveryEventOnceNewestFirst() {
        IntelService intel = needle.parts().intel();
        Principal reader = intel.authenticate(fixture.acmeRead()).orElseThrow();
        List<String> expected = intel.searchEvents(reader, EventSearch.everything()).events()
                .stream().map(IntelLinks::event).toList();

        List<String> seen = new ArrayList<>();
        String path = "/intel?size=10";
        int pages = 0;
        while (path != null) {
            String body = page(path, fixture.acmeRead()).body();
            Matcher link = Pattern.compile("class=\"headline\" href=\"([^\"]+)\"").matcher(body);
            while (link.find()) {
                seen.add(link.group(1));
            }
            Matcher next = Pattern.compile("class=\"next\" href=\"([^\"]+)\"").matcher(body);
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
            pages++;
        }

        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(pages).isEqualTo((expected.size() + 9) / 10);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void event_listsItsIndicatorsLinkingToTheirPages() {
        HttpResponse<String> response = page(IntelLinks.event(apt1Event), fixture.acmeRead());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(apt1Event.indicators()).isNotEmpty();
        for (Indicator indicator : apt1Event.indicators()) {
            assertThat(response.body()).contains("href=\"" + IntelLinks.indicator(indicator)
                    + "\"><code>" + indicator.value() + "</code>");
        }
        assertThat(response.body()).contains("<dd id=\"tlp\">" + apt1Event.tlp().label() + "</dd>");
    }

    @Test
    void indicator_pivotsBackToTheEvent() {
        Indicator indicator = apt1Event.indicators().getFirst();

        HttpResponse<String> response = page(IntelLinks.indicator(indicator),
                fixture.acmeRead());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("<code id=\"indicator\">" + indicator.value())
                .contains("href=\"" + IntelLinks.event(apt1Event) + "\"");
    }

    @Test
    void otherOrganisation_seesNoneOfIt() {
        HttpResponse<String> list = page("/intel", fixture.rivalRead());
        HttpResponse<String> event = page(IntelLinks.event(apt1Event), fixture.rivalRead());
        HttpResponse<String> indicator = page(
                IntelLinks.indicator(apt1Event.indicators().getFirst()), fixture.rivalRead());
        HttpResponse<String> timelapse = page("/intel/timelapse.json", fixture.rivalRead());

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("APT1").contains("No events.");
        assertThat(event.statusCode()).isEqualTo(404);
        assertThat(indicator.statusCode()).isEqualTo(404);
        assertThat(timelapse.body()).isEqualTo("{\"series\":[]}");
    }

    @Test
    void timelapseData_countsApt1EventsPerDay() {
        HttpResponse<String> response = page("/intel/timelapse.json", fixture.acmeRead());

        assertThat(response.statusCode()).isEqualTo(200);
        var series = RunningNeedle.json(response).get("series");
        long apt1 = 0;
        for (var s : series) {
            if (s.get("name").asText().equals("APT1")) {
                for (var point : s.get("points")) {
                    apt1 += point.get(1).asLong();
                }
            }
        }
        IntelService intel = needle.parts().intel();
        Principal reader = intel.authenticate(fixture.acmeRead()).orElseThrow();
        long expected = intel.searchEvents(reader, EventSearch.everything()
                .where("attacker", SearchOperator.EQUALS, "APT1")).events().size();
        assertThat(apt1).isPositive().isEqualTo(expected);
    }

    @Test
    void event_unknownId_answers404() {
        HttpResponse<String> response = page("/intel/datasets/apt1/events/not-a-uuid",
                fixture.acmeRead());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No such event that you may read.");
    }

    private static HttpResponse<String> login(String token) {
        return needle.send(HttpRequest.newBuilder(URI.create(needle.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build());
    }

    private static HttpResponse<String> page(String path, String token) {
        return needle.send(HttpRequest.newBuilder(URI.create(needle.url(path)))
                .header("Cookie", "needle_token=" + token).GET().build());
    }
}
