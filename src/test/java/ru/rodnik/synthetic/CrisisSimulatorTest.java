package ru.rodnik.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.rodnik.directory.OrganisationKind;

class CrisisSimulatorTest {

    private static final CrisisSimulator REGION = new CrisisSimulator(CrisisSimulator.Settings.of(23, 3000));
    private static final List<SignalTimeline> TIMELINES = REGION.timelines().toList();

    @Test
    void theSameSeedGivesTheSameTimelinesInAnyOrder() {
        CrisisSimulator again = new CrisisSimulator(CrisisSimulator.Settings.of(23, 300));

        assertThat(again.timelines().toList()).isEqualTo(TIMELINES.subList(0, 300));
        assertThat(again.timelines().parallel().toList()).isEqualTo(TIMELINES.subList(0, 300));
        assertThat(again.timeline(217)).isEqualTo(TIMELINES.get(217));
    }

    @Test
    void anotherSeedGivesAnotherRegion() {
        List<SignalTimeline> other = new CrisisSimulator(CrisisSimulator.Settings.of(24, 300))
                .timelines()
                .toList();

        assertThat(other).isNotEqualTo(TIMELINES.subList(0, 300));
        assertThat(other.stream().filter(t -> t.truth().crisis()).count())
                .isNotEqualTo(TIMELINES.subList(0, 300).stream()
                        .filter(t -> t.truth().crisis())
                        .count());
    }

    @Test
    void theFamiliesAreTheRegionGeneratorsOfTheSameSeed() {
        SyntheticRegionGenerator generator = new SyntheticRegionGenerator(SyntheticRegionGenerator.Settings.of(23, 10));

        assertThat(TIMELINES.get(7).family()).isEqualTo(generator.family(7).family());
    }

    @Test
    void theShareOfCrisesIsCloseToTheSetting() {
        assertThat(crisisShare(TIMELINES)).isBetween(0.068, 0.092);

        List<SignalTimeline> more = new CrisisSimulator(
                        CrisisSimulator.Settings.of(23, 3000).withCrisisShare(0.2))
                .timelines()
                .toList();
        assertThat(crisisShare(more)).isBetween(0.18, 0.22);
    }

    @Test
    void aCrisisIsObservedUntilItsAcuteDateAndOtherFamiliesForTheWholePeriod() {
        CrisisSimulator.Settings settings = REGION.settings();
        for (SignalTimeline timeline : TIMELINES) {
            LocalDate acute = timeline.truth().acuteOn();
            assertThat(timeline.until()).isEqualTo(acute != null ? acute : settings.end());
            assertThat(timeline.from()).isEqualTo(settings.start());
            assertThat(timeline.signals()).allSatisfy(signal -> {
                assertThat(signal.receivedOn()).isBefore(timeline.until());
                assertThat(signal.noticedOn()).isAfterOrEqualTo(settings.start());
            });
            assertThat(timeline.signals())
                    .isSortedAccordingTo((a, b) -> a.receivedAt().compareTo(b.receivedAt()));
        }
    }

    @Test
    void aFamilyWithOnlyLittleChildrenGetsNoSchoolSignals() {
        LocalDate end = REGION.settings().end();
        List<SignalTimeline> little = TIMELINES.stream()
                .filter(timeline -> timeline.family().withRole(SyntheticFamily.Role.CHILD).stream()
                        .allMatch(child -> child.ageOn(end) < 7))
                .filter(timeline -> !timeline.signals().isEmpty())
                .toList();

        assertThat(little).hasSizeGreaterThan(200);
        assertThat(little)
                .flatMap(SignalTimeline::signals)
                .extracting(SimulatedSignal::agency)
                .doesNotContain(OrganisationKind.SCHOOL)
                .contains(OrganisationKind.CLINIC, OrganisationKind.KINDERGARTEN);
    }

    @Test
    void aSignalAboutAChildComesFromAnAgencyThatSeesAChildOfThatAge() {
        int checked = 0;
        for (SignalTimeline timeline : TIMELINES) {
            for (SimulatedSignal signal : timeline.signals()) {
                if (signal.child() == null) {
                    continue;
                }
                SyntheticPerson child = timeline.family().persons().stream()
                        .filter(person -> person.truthId().equals(signal.child()))
                        .findFirst()
                        .orElseThrow();
                int age = child.ageOn(signal.noticedOn());
                assertThat(child.birthDate()).isBeforeOrEqualTo(signal.noticedOn());
                switch (signal.agency()) {
                    case SCHOOL -> assertThat(age).isBetween(7, 17);
                    case KINDERGARTEN -> assertThat(age).isBetween(3, 6);
                    case MATERNITY -> assertThat(child.birthDate().plusDays(14)).isAfter(signal.noticedOn());
                    default -> assertThat(age).isBetween(0, 17);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void familiesWithoutTroubleStillHaveBackgroundSignals() {
        List<SignalTimeline> untroubled = TIMELINES.stream()
                .filter(timeline -> timeline.truth().trouble() == null)
                .toList();
        double withSignal = untroubled.stream()
                        .filter(timeline -> !timeline.signals().isEmpty())
                        .count()
                / (double) untroubled.size();
        long fromTwoAgencies = untroubled.stream()
                .filter(timeline -> agencies(timeline).size() > 1)
                .count();

        assertThat(withSignal).isBetween(0.2, 0.5);
        assertThat(fromTwoAgencies).isGreaterThan(100);
        assertThat(untroubled).flatMap(SignalTimeline::signals).allSatisfy(signal -> {
            assertThat(signal.fromTrouble()).isFalse();
            assertThat(signal.severity()).isZero();
        });
        assertThat(untroubled)
                .flatMap(SignalTimeline::signals)
                .flatMap(SimulatedSignal::indicators)
                .extracting(SimulatedIndicator::weight)
                .filteredOn(weight -> weight <= 4)
                .hasSizeGreaterThan(untroubled.stream()
                                .mapToInt(timeline -> timeline.signals().size())
                                .sum()
                        / 2);
    }

    @Test
    void troubleMakesAgenciesReportMoreAndHeavierIndicatorsAsItGrows() {
        List<SimulatedSignal> fromTrouble = TIMELINES.stream()
                .flatMap(timeline -> timeline.signals().stream())
                .filter(SimulatedSignal::fromTrouble)
                .toList();
        double early = meanWeight(
                fromTrouble.stream().filter(signal -> signal.severity() < 0.4).toList());
        double late = meanWeight(
                fromTrouble.stream().filter(signal -> signal.severity() >= 0.8).toList());

        assertThat(fromTrouble).hasSizeGreaterThan(1000);
        assertThat(late).isGreaterThan(early + 1);
        assertThat(fromTrouble.stream()
                        .filter(signal -> signal.severity() >= 0.7)
                        .count())
                .isGreaterThan(3
                        * fromTrouble.stream()
                                .filter(signal -> signal.severity() < 0.3)
                                .count());
    }

    @Test
    void anImmediateIndicatorMakesTheSignalUrgent() {
        assertThat(TIMELINES)
                .flatMap(SignalTimeline::signals)
                .filteredOn(signal -> signal.indicators().stream().anyMatch(SimulatedIndicator::immediate))
                .isNotEmpty()
                .allSatisfy(signal -> assertThat(signal.urgent()).isTrue());
    }

    @Test
    void aTroublesSeverityRisesToItsPeakAndAPassingOneFallsBack() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        FamilyTruth.Trouble crisis = new FamilyTruth.Trouble(
                CrisisKind.NEGLECT, start, start.plusDays(100), start.plusDays(100), 1, true, 1);
        FamilyTruth.Trouble passing = new FamilyTruth.Trouble(
                CrisisKind.POVERTY, start, start.plusDays(50), start.plusDays(150), 0.6, false, 1);

        assertThat(crisis.severityOn(start)).isZero();
        assertThat(crisis.severityOn(start.plusDays(25))).isEqualTo(0.25);
        assertThat(crisis.severityOn(start.plusDays(100))).isEqualTo(1);
        assertThat(passing.severityOn(start.plusDays(50))).isEqualTo(0.6);
        assertThat(passing.severityOn(start.plusDays(100)))
                .isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(passing.severityOn(start.plusDays(150))).isZero();
        assertThat(passing.severityOn(start.plusDays(151))).isZero();
    }

    private static double crisisShare(List<SignalTimeline> timelines) {
        return timelines.stream().filter(t -> t.truth().crisis()).count() / (double) timelines.size();
    }

    private static Set<OrganisationKind> agencies(SignalTimeline timeline) {
        return timeline.signals().stream().map(SimulatedSignal::agency).collect(Collectors.toSet());
    }

    private static double meanWeight(List<SimulatedSignal> signals) {
        return signals.stream()
                .flatMap(signal -> signal.indicators().stream())
                .mapToInt(SimulatedIndicator::weight)
                .average()
                .orElseThrow();
    }
}
