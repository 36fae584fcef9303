package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.ImportWarning;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StixImporterTest {

    private static final Pattern SIMPLE = Pattern.compile(
            "^\\[(ipv4-addr:value|domain-name:value|file:hashes\\.md5) = '([^']+)'\\]$");

    @Test
    void parse_apt1Report_isOneEventOfApt1WithEveryModelledIndicator() throws ImportException {
        List<String> expected = simpleIndicatorValues("stix/oasis_apt1.json");

        ParsedFeed feed = Samples.parse(FeedFormat.STIX, "stix/oasis_apt1.json");

        assertThat(feed.events()).hasSize(1);
        ThreatEvent report = feed.events().getFirst();
        assertThat(report.attacker()).isEqualTo("APT1");
        assertThat(report.metadata()).containsEntry("attacker.attack_id", "G0006")
                .containsEntry("attacker.aliases", "Comment Crew, Comment Group, Shady Rat")
                .containsEntry("kill_chain.mandiant-attack-lifecycle-model",
                        "complete-mission,escalate-privileges,establish-foothold,"
                        + "initial-compromise,internal-recon,maintain-presence,move-laterally");
        assertThat(report.headline())
                .isEqualTo("APT1: Exposing One of China's Cyber Espionage Units");
        assertThat(report.date()).isEqualTo(Instant.parse("2013-02-19T00:00:00Z"));
        assertThat(report.indicators()).extracting(i -> i.value())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSize(10);
        assertThat(Samples.values(report, IndicatorType.CIDR)).containsExactlyInAnyOrder(
                "223.166.0.0/15", "58.246.0.0/15", "112.64.0.0/15", "139.226.0.0/15");
        assertThat(Samples.values(report, IndicatorType.DOMAIN))
                .containsExactlyInAnyOrder("hugesoft.org", "arrowservice.net", "msnhome.org");
        assertThat(report.tags()).contains("WEBC2-UGX", "mimikatz");
        assertThat(report.tlp()).isEqualTo(Tlp.AMBER);
    }

    @Test
    void parse_apt1CertificateIndicators_areWarningsWithTheirIds() throws ImportException {
        ParsedFeed feed = Samples.parse(FeedFormat.STIX, "stix/oasis_apt1.json");

        assertThat(feed.warnings()).filteredOn(w -> w.message().contains("x509-certificate"))
                .extracting(ImportWarning::place)
                .anySatisfy(p -> assertThat(p).contains(
                        "/objects/20 (indicator--b3b6b540-d838-41e2-853b-005056c00008)"))
                .hasSize(2);
    }

    @Test
    void parse_darksidePlaybook_splitsTheCampaignByLockheedStage() throws ImportException {
        ParsedFeed feed = Samples.parse(FeedFormat.STIX,
                "stix/unit42_playbook_darkside-ransomware.json");

        assertThat(feed.events()).extracting(e -> e.killChainStage().orElseThrow())
                .containsExactly(KillChainStage.COMMAND_AND_CONTROL,
                        KillChainStage.ACTIONS_ON_OBJECTIVES);
        ThreatEvent c2 = feed.events().get(0);
        ThreatEvent actions = feed.events().get(1);
        assertThat(c2.attacker()).isEqualTo("Darkside");
        assertThat(Samples.values(c2, IndicatorType.DOMAIN)).containsExactlyInAnyOrder(
                "catsdegree.com", "baroquetees.com", "securebestapp20.com", "temisleyes.com");
        assertThat(c2.techniques()).containsExactlyInAnyOrder("T1071.001", "T1090.003");
        assertThat(actions.indicators()).hasSize(62)
                .allMatch(i -> i.type() == IndicatorType.SHA256);
        assertThat(actions.techniques()).contains("T1486", "T1490", "T1003.001")
                .doesNotContain("T1071.001");
        assertThat(c2.relatedEvents()).containsExactly(actions.id());
        assertThat(c2.category()).isEqualTo("ransomware");
        assertThat(c2.firstSeen()).contains(Instant.parse("2020-01-08T00:00:00Z"));
        assertThat(c2.lastSeen()).contains(Instant.parse("2021-05-10T00:00:00Z"));
        assertThat(c2.metadata()).containsEntry("target.countries", "DE,ES,FR,GB,IT,QA,US,ZA")
                .containsKey("stix:course-of-action--02d40837-4b7a-4bd1-a3c6-1cb4695e02e2");
    }

    @Test
    void parse_helloKittyPlaybook_mapsLockheedPhaseToStage() throws ImportException {
        ParsedFeed feed = Samples.parse(FeedFormat.STIX,
                "stix/unit42_playbook_hellokitty-ransomware.json");

        assertThat(feed.events()).hasSize(1);
        ThreatEvent event = feed.events().getFirst();
        assertThat(event.killChainStage()).contains(KillChainStage.ACTIONS_ON_OBJECTIVES);
        assertThat(event.techniques()).containsExactlyInAnyOrder("T1486", "T1562.007");
        assertThat(event.indicators()).hasSize(7);
        assertThat(Samples.values(event, IndicatorType.SHA256))
                .contains("ca607e431062ee49a21d69d722750e5edbd8ffabcb54fa92b231814101756041");
        assertThat(event.attacker()).isEqualTo("HelloKitty Linux");
        assertThat(event.metadata()).containsEntry("target.industries",
                "healthcare,manufacturing,pharmaceuticals");
        assertThat(feed.warnings()).filteredOn(w -> w.message().contains("process:command_line"))
                .hasSize(3);
    }

    @Test
    void parse_pikabotIndicatorsWithoutContext_areOneEventEach() throws ImportException {
        ParsedFeed feed = Samples.parse(FeedFormat.STIX,
                "stix/unit42_playbook_2024-02-08-Pikabot.json");

        assertThat(feed.events()).hasSize(10).allSatisfy(e ->
                assertThat(e.indicators()).hasSize(1));
        assertThat(Samples.indicators(feed)).filteredOn(i -> i.type() == IndicatorType.URL)
                .extracting(i -> i.value()).contains("https://158.220.80.167:2967/",
                        "http://orangebrands.co.tz/pgdfga//?5DSb=1707413069");
        assertThat(feed.events().getFirst().headline()).isEqualTo("Qft.zip");
        assertThat(feed.events().getFirst().date())
                .isEqualTo(Instant.parse("2024-02-08T17:24:29.001Z"));
    }

    @Test
    void parse_observablesOfInfrastructure_keepTheInfrastructureAsMetadata()
            throws ImportException {
        ParsedFeed feed = Samples.parse(FeedFormat.STIX, "stix/oasis_infrastructure.json");

        assertThat(Samples.indicators(feed)).extracting(Object::toString)
                .containsExactly("ipv4:198.51.100.3", "domain:example.com");
        assertThat(feed.events().getFirst().metadata())
                .hasEntrySatisfying("stix:infrastructure--38c47d93-d984-4fd9-b87b-d69d0841628d",
                        json -> assertThat(json).contains("\"name\":\"Poison Ivy C2\""));
        assertThat(feed.warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("2 infrastructure objects are not modelled")
                .contains("2 kept as JSON"));
    }

    @Test
    void parse_emailPatternsOnly_giveNoEventAndSayWhy() throws ImportException {
        ParsedFeed feed = Samples.parse(FeedFormat.STIX,
                "stix/oasis_malicious-email-indicator-with-attachment.json");

        assertThat(feed.events()).isEmpty();
        assertThat(feed.warnings()).extracting(ImportWarning::message)
                .anySatisfy(m -> assertThat(m).contains("email-message:subject MATCHES"));
    }

    @Test
    void parse_indicatorsOfMalware_takeCategoryAndTagFromIt() throws ImportException {
        ParsedFeed feed = Samples.parse(FeedFormat.STIX,
                "stix/oasis_indicators-for-C2-with-COA.json");

        assertThat(feed.events()).hasSize(2).allSatisfy(e -> {
            assertThat(e.tags()).containsExactly("Poison Ivy");
            assertThat(e.category()).isEqualTo("remote-access-trojan");
        });
        assertThat(Samples.indicators(feed)).extracting(Object::toString).containsExactly(
                "ipv4:10.0.0.0",
                "sha256:ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c");
    }

    @Test
    void parse_stix20Bundle_recordsTheVersion() throws ImportException {
        ParsedFeed feed = Samples.parse(FeedFormat.STIX,
                "stix/unit42_playbook_2024-02-08-Pikabot.json");
        ParsedFeed apt1 = Samples.parse(FeedFormat.STIX, "stix/oasis_apt1.json");

        assertThat(feed.events().getFirst().metadata()).containsEntry("source", "stix-2.0");
        assertThat(apt1.events().getFirst().metadata()).containsEntry("source", "stix-2.1");
    }

    /** The values of indicators whose whole pattern is one plain comparison Needle keeps. */
    private static List<String> simpleIndicatorValues(String relative) {
        List<String> values = new ArrayList<>();
        for (JsonNode o : Samples.json(relative).get("objects")) {
            if (o.get("type").asText().equals("indicator")) {
                Matcher m = SIMPLE.matcher(o.get("pattern").asText());
                Optional.of(m).filter(Matcher::matches).ifPresent(x -> values.add(x.group(2)));
            }
        }
        return values;
    }
}
