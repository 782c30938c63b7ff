package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.synthetic.CrisisSimulator;
import ru.rodnik.synthetic.SimulatedIndicator;
import ru.rodnik.synthetic.SimulatedSignal;

class TimelineComposerTest {

    private static final List<SimulatedSignal> SIGNALS = new CrisisSimulator(CrisisSimulator.Settings.of(29, 3000))
            .timelines()
            .flatMap(timeline -> timeline.signals().stream())
            .toList();

    @Test
    void aReportReachesTheSystemAfterItsAgencysDelay() {
        Map<OrganisationKind, double[]> delays = new EnumMap<>(OrganisationKind.class);
        for (SimulatedSignal signal : SIGNALS) {
            SignalAgency agency = SignalAgency.valueOf(signal.agency().name());
            long delay = ChronoUnit.DAYS.between(signal.noticedOn(), signal.receivedOn());
            if (signal.indicators().stream().anyMatch(SimulatedIndicator::immediate)) {
                assertThat(delay).isBetween(0L, 1L);
            } else {
                assertThat(delay).isBetween((long) agency.minDelay, (long) agency.maxDelay);
                double[] sum = delays.computeIfAbsent(signal.agency(), kind -> new double[2]);
                sum[0] += delay;
                sum[1]++;
            }
        }

        double hotline = mean(delays.get(OrganisationKind.HOTLINE));
        double police = mean(delays.get(OrganisationKind.POLICE));
        double socialProtection = mean(delays.get(OrganisationKind.SOCIAL_PROTECTION));
        assertThat(hotline).isLessThan(1);
        assertThat(police).isBetween(1.0, 3.5);
        assertThat(socialProtection).isBetween(12.0, 18.0);
    }

    @Test
    void winterIndicatorsComeOnlyInTheColdSeason() {
        List<SimulatedSignal> winter = new CrisisSimulator(
                        CrisisSimulator.Settings.of(29, 6000).withCrisisShare(0.3))
                .timelines()
                .flatMap(timeline -> timeline.signals().stream())
                .filter(signal -> signal.indicators().stream()
                        .anyMatch(indicator -> indicator.code().equals("NO_HEATING_IN_WINTER")))
                .toList();

        assertThat(winter)
                .isNotEmpty()
                .allSatisfy(signal -> assertThat(signal.noticedOn().getMonth())
                        .isNotIn(Month.MAY, Month.JUNE, Month.JULY, Month.AUGUST, Month.SEPTEMBER));
    }

    @Test
    void theTableNamesEveryCatalogueIndicatorAndOnlyAgenciesOfItsGroup() {
        IndicatorTable table = IndicatorTable.standard();
        Map<String, Set<OrganisationKind>> groups = Map.of(
                "SCHOOL", Set.of(OrganisationKind.SCHOOL, OrganisationKind.KINDERGARTEN),
                "HEALTH", Set.of(OrganisationKind.CLINIC, OrganisationKind.MATERNITY),
                "POLICE", Set.of(OrganisationKind.POLICE),
                "SOCIAL_PROTECTION", Set.of(OrganisationKind.SOCIAL_PROTECTION),
                "HOUSING",
                        Set.of(
                                OrganisationKind.SOCIAL_PROTECTION,
                                OrganisationKind.GUARDIANSHIP,
                                OrganisationKind.HOTLINE),
                "GUARDIANSHIP", Set.of(OrganisationKind.GUARDIANSHIP),
                "COMMUNITY", Set.of(OrganisationKind.HOTLINE));

        assertThat(table.all())
                .allSatisfy(
                        row -> assertThat(groups.get(row.indicator().group())).contains(row.agency()));
        assertThat(table.all().stream().map(row -> row.indicator().code()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(table.catalogue().keySet());
        assertThat(SignalAgency.values())
                .allSatisfy(agency -> assertThat(table.rows(agency.kind)).isNotEmpty());
    }

    @Test
    void everyAgencyReportsInTheRegion() {
        assertThat(SIGNALS.stream().map(SimulatedSignal::agency).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(List.of(SignalAgency.values()).stream()
                        .map(agency -> agency.kind)
                        .toArray(OrganisationKind[]::new));
    }

    private static double mean(double[] sum) {
        return sum[0] / sum[1];
    }
}
