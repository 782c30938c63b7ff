package ru.rodnik.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.rodnik.registry.Snils;

class ReportsTest {

    private static final SyntheticRegion REGION =
            new SyntheticRegionGenerator(SyntheticRegionGenerator.Settings.of(77, 6000)).generate();

    private static final Set<String> DEMO_AGENCY_KINDS = Set.of(
            "school",
            "kindergarten",
            "clinic",
            "maternity",
            "police",
            "guardianship",
            "kdn",
            "social-protection",
            "ngo",
            "hotline");

    private static NoiseKind kindOf(String applied) {
        int colon = applied.indexOf(':');
        return NoiseKind.valueOf(colon < 0 ? applied : applied.substring(0, colon));
    }

    @Test
    void everyReportPointsAtAPersonOfItsFamily() {
        Map<UUID, SyntheticFamily> familyOf = new HashMap<>();
        REGION.families().forEach(family -> family.persons().forEach(person -> familyOf.put(person.truthId(), family)));

        assertThat(REGION.reports()).hasSizeGreaterThan(REGION.families().size());
        assertThat(REGION.reports()).allSatisfy(report -> {
            assertThat(familyOf).containsKey(report.truthPersonId());
            assertThat(familyOf.get(report.truthPersonId()).familyId()).isEqualTo(report.truthFamilyId());
            assertThat(DEMO_AGENCY_KINDS).contains(report.agency());
            assertThat(report.reportedOn()).isBeforeOrEqualTo(SyntheticRegionGenerator.DEFAULT_AS_OF);
        });
    }

    @Test
    void mostReportsCarryNoneToTwoDistortionsAndAFewMore() {
        long atMostTwo = REGION.reports().stream()
                .filter(report -> report.noiseApplied().size() <= 2)
                .count();
        long none = REGION.reports().stream()
                .filter(report -> report.noiseApplied().isEmpty())
                .count();
        long many = REGION.reports().stream()
                .filter(report -> report.noiseApplied().size() >= 3)
                .count();
        int reports = REGION.reports().size();

        assertThat(atMostTwo / (double) reports).isGreaterThan(0.9);
        assertThat(none / (double) reports).isBetween(0.35, 0.75);
        assertThat(many).isPositive();
    }

    @Test
    void everyKindOfNoiseOccurs() {
        Set<NoiseKind> seen = EnumSet.noneOf(NoiseKind.class);
        REGION.reports().forEach(report -> report.noiseApplied().forEach(applied -> seen.add(kindOf(applied))));

        assertThat(seen).containsExactlyInAnyOrder(NoiseKind.values());
    }

    @Test
    void aWrongSnilsDigitFailsTheChecksumAndAnUntouchedSnilsPasses() {
        int wrong = 0;
        for (SyntheticReport report : REGION.reports()) {
            if (report.snils() == null) {
                continue;
            }
            String digits = report.snils().replaceAll("[\\s-]", "");
            if (report.noiseApplied().contains(NoiseKind.SNILS_WRONG_DIGIT.name())) {
                assertThat(Snils.isValid(digits)).isFalse();
                wrong++;
            } else {
                assertThat(Snils.isValid(digits)).isTrue();
            }
        }
        assertThat(wrong).isPositive();
    }

    @Test
    void withoutNoiseAReportCopiesTheTruth() {
        SyntheticRegion clean = new SyntheticRegionGenerator(
                        SyntheticRegionGenerator.Settings.of(77, 300).withNoise(NoiseRates.none()))
                .generate();
        Map<UUID, SyntheticPerson> persons = new HashMap<>();
        clean.persons().forEach(person -> persons.put(person.truthId(), person));

        assertThat(clean.reports()).allSatisfy(report -> {
            SyntheticPerson truth = persons.get(report.truthPersonId());
            assertThat(report.lastName()).isEqualTo(truth.lastName());
            assertThat(report.firstName()).isEqualTo(truth.firstName());
            assertThat(report.patronymic()).isEqualTo(truth.patronymic());
            assertThat(report.birthDate()).isEqualTo(truth.birthDate());
            assertThat(report.sex()).isEqualTo(truth.sex());
            if (report.snils() != null) {
                assertThat(report.snils().replaceAll("[\\s-]", "")).isEqualTo(truth.snils());
            }
        });
    }

    @Test
    void theReportCountFollowsTheSettings() {
        SyntheticRegionGenerator.Settings settings = SyntheticRegionGenerator.Settings.of(3, 200);
        SyntheticRegion one =
                new SyntheticRegionGenerator(settings.withReportsPerPerson(ReportsPerPerson.exactly(1))).generate();
        SyntheticRegion none =
                new SyntheticRegionGenerator(settings.withReportsPerPerson(ReportsPerPerson.none())).generate();

        assertThat(one.reports()).hasSameSizeAs(one.persons());
        assertThat(none.reports()).isEmpty();
    }

    @Test
    void aHarderRegionHasMoreNoise() {
        SyntheticRegionGenerator.Settings settings = SyntheticRegionGenerator.Settings.of(3, 1000);
        SyntheticRegion usual = new SyntheticRegionGenerator(settings).generate();
        SyntheticRegion harder = new SyntheticRegionGenerator(
                        settings.withNoise(NoiseRates.defaults().scaled(3)))
                .generate();

        assertThat(distortions(harder)).isGreaterThan(2 * distortions(usual));
    }

    private static long distortions(SyntheticRegion region) {
        return region.reports().stream()
                .mapToLong(report -> report.noiseApplied().size())
                .sum();
    }

    @Test
    void theHotlineKnowsLessThanSocialProtection() {
        assertThat(snilsShare("hotline")).isLessThan(0.1);
        assertThat(snilsShare("social-protection")).isGreaterThan(0.7);
        assertThat(Arrays.stream(NoiseKind.values()).map(Enum::name)).doesNotHaveDuplicates();
    }

    private static double snilsShare(String agency) {
        return REGION.reports().stream()
                        .filter(report -> report.agency().equals(agency) && report.snils() != null)
                        .count()
                / (double) REGION.reports().stream()
                        .filter(report -> report.agency().equals(agency))
                        .count();
    }
}
