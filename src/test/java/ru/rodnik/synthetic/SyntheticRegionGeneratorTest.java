package ru.rodnik.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticRegionGeneratorTest {

    private static SyntheticRegion region(long seed) {
        return new SyntheticRegionGenerator(SyntheticRegionGenerator.Settings.of(seed, 300)).generate();
    }

    @Test
    void theSameSeedGivesTheSameRegion() {
        SyntheticRegion first = region(42);
        SyntheticRegion second = region(42);

        assertThat(first.families()).hasSize(300);
        assertThat(first).isEqualTo(second);
    }

    @Test
    void anotherSeedGivesAnotherRegion() {
        SyntheticRegion first = region(42);
        SyntheticRegion other = region(43);

        assertThat(other.families()).isNotEqualTo(first.families());
        assertThat(other.persons().get(0).truthId())
                .isNotEqualTo(first.persons().get(0).truthId());
        assertThat(other.persons().stream().map(SyntheticPerson::snils).toList())
                .isNotEqualTo(
                        first.persons().stream().map(SyntheticPerson::snils).toList());
    }

    @Test
    void aFamilyMadeAloneOrInParallelIsTheSameAsInTheWholeRegion() {
        SyntheticRegionGenerator generator = new SyntheticRegionGenerator(SyntheticRegionGenerator.Settings.of(5, 200));
        List<GeneratedFamily> sequential = generator.families().toList();
        List<GeneratedFamily> parallel = generator.families().parallel().toList();

        assertThat(parallel).isEqualTo(sequential);
        assertThat(generator.family(117)).isEqualTo(sequential.get(117));
    }

    @Test
    void changingTheNoiseKeepsTheFamiliesAndChangesTheReports() {
        SyntheticRegionGenerator.Settings settings = SyntheticRegionGenerator.Settings.of(9, 200);
        SyntheticRegion noisy = new SyntheticRegionGenerator(settings).generate();
        SyntheticRegion clean = new SyntheticRegionGenerator(settings.withNoise(NoiseRates.none())).generate();

        assertThat(clean.families()).isEqualTo(noisy.families());
        assertThat(clean.reports()).isNotEqualTo(noisy.reports());
        assertThat(clean.reports())
                .allSatisfy(report -> assertThat(report.noiseApplied()).isEmpty());
    }

    @Test
    void theRegionListsEveryMemberOnceAsAPerson() {
        SyntheticRegion region = region(11);

        long members = region.families().stream()
                .mapToLong(family -> family.members().size())
                .sum();
        assertThat(region.persons()).hasSize((int) members);
        assertThat(region.persons().stream().map(SyntheticPerson::truthId).distinct())
                .hasSize(region.persons().size());
    }
}
