package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenIocImporterTest {

    private static final String APT17 =
            "openioc/fireeye_APT17_7b9e87c5-b619-4a13-b862-0145614d359a.ioc";
    private static final String FIN4 =
            "openioc/fireeye_FIN4_fb0699e2-23a6-40f9-bf96-4514d629eec3.ioc";
    private static final Pattern MD5_ITEM =
            Pattern.compile("<Content type=\"md5\">([0-9a-f]{32})<");
    private static final Pattern IP_ITEM = Pattern.compile("<Content type=\"IP\">([0-9.]+)<");

    @TempDir
    Path dir;

    @Test
    void parse_apt17Blackcoffee_keepsEveryHashIpAndDomain() throws ImportException {
        List<String> md5s = Samples.lines(APT17).stream().map(MD5_ITEM::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).toList();
        List<String> ips = Samples.lines(APT17).stream().map(IP_ITEM::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).toList();

        ParsedFeed feed = Samples.parse(FeedFormat.OPENIOC, APT17);

        ThreatEvent event = feed.events().getFirst();
        assertThat(event.headline()).isEqualTo("BLACKCOFFEE (FAMILY)");
        assertThat(event.attacker()).isEqualTo("APT17");
        assertThat(event.category()).isEqualTo("Backdoor");
        assertThat(md5s).isNotEmpty();
        assertThat(Samples.values(event, IndicatorType.MD5))
                .containsExactlyInAnyOrderElementsOf(md5s);
        assertThat(ips).hasSize(11);
        assertThat(Samples.values(event, IndicatorType.IPV4))
                .containsExactlyInAnyOrderElementsOf(ips).contains("130.184.156.62");
        assertThat(Samples.values(event, IndicatorType.DOMAIN))
                .containsExactlyInAnyOrder("translate.wordraference.com", "news.jusched.net");
        assertThat(feed.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("ProcessItem/HandleList/Handle/Name (2)"));
    }

    @Test
    void parse_fin4_readsDomainsWrittenWithContains() throws ImportException {
        ThreatEvent event = Samples.parse(FeedFormat.OPENIOC, FIN4).events().getFirst();

        assertThat(event.attacker()).isEqualTo("FIN4");
        assertThat(Samples.values(event, IndicatorType.DOMAIN)).hasSize(9)
                .contains("ellismikepage.info", "nickgoodsite.co.uk", "outlookexchange.net");
        assertThat(event.metadata()).containsEntry("openioc.id",
                "fb0699e2-23a6-40f9-bf96-4514d629eec3");
    }

    @Test
    void parse_openIoc11WithNegatedItem_skipsTheNegation() throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("x.ioc"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenIOC xmlns="http://openioc.org/schemas/OpenIOC_1.1" id="ioc-11"
                    last-modified="2020-05-06T07:08:09Z">
                  <metadata><short_description>Test 1.1</short_description>
                    <authored_date>2020-05-06T07:08:09Z</authored_date></metadata>
                  <criteria><Indicator id="i" operator="OR">
                    <IndicatorItem id="a" condition="is">
                      <Context document="FileItem" search="FileItem/Sha256sum" type="mir"/>
                      <Content type="string">%s</Content>
                    </IndicatorItem>
                    <IndicatorItem id="b" condition="is" negate="true">
                      <Context document="PortItem" search="PortItem/remoteIP" type="mir"/>
                      <Content type="IP">192.0.2.1</Content>
                    </IndicatorItem>
                  </Indicator></criteria>
                </OpenIOC>
                """.formatted("CA607E431062EE49A21D69D722750E5EDBD8FFABCB54FA92B2318141017560"
                + "41"));

        ParsedFeed feed = FeedImporter.of(FeedFormat.OPENIOC).parse(file, "t");

        assertThat(Samples.indicators(feed)).extracting(Object::toString).containsExactly(
                "sha256:ca607e431062ee49a21d69d722750e5edbd8ffabcb54fa92b231814101756041");
        assertThat(feed.events().getFirst().metadata()).containsEntry("source", "openioc-1.1");
        assertThat(feed.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("PortItem/remoteIP negated (1)"));
    }

    @Test
    void parse_externalEntity_isRefusedAndTheSecretIsNotRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t-token-7731");
        Path file = Files.writeString(dir.resolve("xxe.ioc"), """
                <?xml version="1.0"?>
                <!DOCTYPE ioc [ <!ENTITY leak SYSTEM "%s"> ]>
                <ioc xmlns="http://schemas.mandiant.com/2010/ioc" id="x">
                  <short_description>&leak;</short_description>
                  <definition><Indicator operator="OR">
                    <IndicatorItem id="a" condition="is">
                      <Context document="Network" search="Network/DNS" type="mir"/>
                      <Content type="string">evil.example</Content>
                    </IndicatorItem></Indicator></definition>
                </ioc>
                """.formatted(secret.toUri()));

        assertThatThrownBy(() -> FeedImporter.of(FeedFormat.OPENIOC).parse(file, "t"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("DOCTYPE is not allowed")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void parse_entityExpansionBomb_isRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("lol.ioc"), """
                <?xml version="1.0"?>
                <!DOCTYPE ioc [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"> ]>
                <ioc xmlns="http://schemas.mandiant.com/2010/ioc" id="x">&c;</ioc>
                """);

        assertThatThrownBy(() -> FeedImporter.of(FeedFormat.OPENIOC).parse(file, "t"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void parse_malformedXml_namesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.ioc"),
                "<ioc id=\"x\">\n  <short_description>open\n</ioc>\n");

        assertThatThrownBy(() -> FeedImporter.of(FeedFormat.OPENIOC).parse(file, "t"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":3:")
                .hasMessageContaining("malformed XML");
    }

    @Test
    void parse_otherXml_isNotOpenIoc() throws IOException {
        Path file = Files.writeString(dir.resolve("other.xml"), "<feed id=\"x\"/>");

        assertThatThrownBy(() -> FeedImporter.of(FeedFormat.OPENIOC).parse(file, "t"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("expected an OpenIOC document")
                .hasMessageContaining("<feed>");
    }
}
