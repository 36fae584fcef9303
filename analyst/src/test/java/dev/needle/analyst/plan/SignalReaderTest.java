package dev.needle.analyst.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.indicator.Indicator;
import dev.needle.traffic.TrafficField;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignalReaderTest {

    private final SignalReader reader =
            new SignalReader(AttackerNames.with(List.of("Stored Crew")));

    @Test
    void read_topIpsOnLoginInLastHour_readsLimitFieldConditionAndRange() {
        Signals signals = reader.read("What are the top 5 IP adresses hitting the login page in"
                + " the last hour?");
        assertThat(signals.limit()).hasValue(5);
        assertThat(signals.field()).contains(TrafficField.IP);
        assertThat(signals.trafficConditions().where()).contains("path = *login*");
        assertThat(signals.range()).contains("last 1h");
    }

    @Test
    void read_statusLimitAndTimeTogether_readsEachOnce() {
        Signals signals = reader.read("top 3 paths with 404s at 10:00");
        assertThat(signals.limit()).hasValue(3);
        assertThat(signals.at()).contains("10:00");
        assertThat(signals.trafficConditions().where()).contains("status = 404");
    }

    @Test
    void read_defangedDomainAndUrl_areCanonical() {
        Signals signals = reader.read("what do we have on cdn-sync.example and"
                + " hxxp://bad[.]example/x?");
        assertThat(signals.indicators()).extracting(Indicator::value)
                .containsExactly("cdn-sync.example", "http://bad.example/x");
    }

    @Test
    void read_fileNameIsNotADomain_butAPath() {
        Signals signals = reader.read("top ips on /wp-login.php");
        assertThat(signals.indicators()).isEmpty();
        assertThat(signals.trafficConditions().where()).contains("path = /wp-login.php");
    }

    @Test
    void read_possessiveAttackerAndStoredName_areRecognised() {
        assertThat(reader.read("show BlackBasta's kill chain").attacker()).contains("BlackBasta");
        assertThat(reader.read("events by stored crew").attacker()).contains("Stored Crew");
        assertThat(reader.read("what is apt 41 doing").attacker()).contains("APT41");
    }

    @Test
    void read_clientErrorsAndCountry_giveTwoConditions() {
        Signals signals = reader.read("4xx from Chinese clients");
        assertThat(signals.trafficConditions().where())
                .contains("status >= 400 and status < 500 and country = CN");
    }

    @Test
    void read_isoIntervalAndDatedMoment_areCanonical() {
        assertThat(reader.read("top ips between 10:00 and 11:00 on 2015-05-17").range())
                .contains("2015-05-17T10:00/2015-05-17T11:00");
        assertThat(reader.read("why the spike at 9:15 on 2015-05-17").at())
                .contains("2015-05-17T09:15");
        assertThat(reader.read("what happened at 3pm").at()).contains("15:00");
    }

    @Test
    void read_noSignals_givesEmptyValues() {
        Signals signals = reader.read("hello there");
        assertThat(signals.limit()).isEmpty();
        assertThat(signals.field()).isEmpty();
        assertThat(signals.trafficConditions().where()).isEqualTo(Optional.empty());
        assertThat(signals.indicators()).isEmpty();
    }

    @Test
    void read_absoluteDays_becomeIsoIntervals() {
        assertThat(reader.read("top 5 IPs on 2015-05-19").range())
                .contains("2015-05-19T00:00/2015-05-20T00:00");
        assertThat(reader.read("top 5 IPs on May 19, 2015").range())
                .contains("2015-05-19T00:00/2015-05-20T00:00");
        assertThat(reader.read("top ips between 2015-10-26 and 2015-10-27").range())
                .contains("2015-10-26T00:00/2015-10-28T00:00");
        assertThat(reader.read("top ips from 2015-05-18T10:00 to 2015-05-18T12:00").range())
                .contains("2015-05-18T10:00/2015-05-18T12:00");
    }

    @Test
    void read_timeItCannotRead_isReportedNotDropped() {
        assertThat(reader.read("top ips since monday").unreadable())
                .contains("the time 'since mon'");
        assertThat(reader.read("top ips this week").unreadable()).isPresent();
        assertThat(reader.read("who is going after banks").unreadable()).isEmpty();
    }

    @Test
    void read_writtenFilter_isTakenWholeOrReported() {
        Signals ok = reader.read("top paths where ua ~ \"(a+)+x\" and status >= 500");
        assertThat(ok.trafficWhere()).contains("ua ~ \"(a+)+x\" and status >= 500");
        assertThat(ok.unreadable()).isEmpty();
        Signals bad = reader.read("top ips where path = ' or 1=1 --");
        assertThat(bad.unreadable().orElseThrow()).startsWith("the filter 'path = ' or 1=1 --'");
        assertThat(bad.limit()).isEmpty();
    }

    @Test
    void read_outOfRangeLimits_arePassedOnForTheToolToRefuse() {
        assertThat(reader.read("top 999999999 ips").limit()).hasValue(999_999_999);
        assertThat(reader.read("top -5 ips").limit()).hasValue(-5);
    }
}
