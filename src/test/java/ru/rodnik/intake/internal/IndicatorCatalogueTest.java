package ru.rodnik.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collection;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    private final Collection<Indicator> version1 =
            IndicatorCatalogue.read("intake/indicators-v1.tsv").values();

    @Test
    void versionOneHasAtLeastFortyIndicatorsFromEveryKindOfAgency() {
        assertThat(version1).hasSizeGreaterThanOrEqualTo(40);
        assertThat(version1.stream().map(Indicator::group).distinct())
                .containsExactlyInAnyOrder(IndicatorGroup.values());
    }

    @Test
    void everyIndicatorHasBothLabelsAWeightAndACodeFitForTheApi() {
        assertThat(version1).allSatisfy(indicator -> {
            assertThat(indicator.code()).matches("[A-Z][A-Z0-9_]{2,63}");
            assertThat(indicator.labelRu()).isNotBlank().matches(".*[а-яА-ЯёЁ].*");
            assertThat(indicator.labelEn()).isNotBlank().matches("[\\x20-\\x7E]+");
            assertThat(indicator.weight()).isBetween(0, 10);
        });
    }

    @Test
    void threatsToAChildsLifeOrHealthAreImmediateAndWeighHeavily() {
        assertThat(version1.stream().filter(Indicator::immediate))
                .extracting(Indicator::code)
                .contains("CHILD_INJURIES_UNEXPLAINED", "VIOLENCE_AGAINST_CHILD", "IMMEDIATE_THREAT_TO_CHILD");
        assertThat(version1.stream().filter(Indicator::immediate))
                .allSatisfy(indicator -> assertThat(indicator.weight()).isGreaterThanOrEqualTo(7));
        assertThat(version1.stream().filter(i -> i.code().equals("SCHOOL_ABSENCE_LONG")))
                .singleElement()
                .satisfies(i -> assertThat(i.immediate()).isFalse());
    }

    @Test
    void groupsAreTheAgenciesOfTheIssue() {
        assertThat(Arrays.stream(IndicatorGroup.values()).map(Enum::name))
                .containsExactly(
                        "SCHOOL", "HEALTH", "POLICE", "SOCIAL_PROTECTION", "HOUSING", "GUARDIANSHIP", "COMMUNITY");
    }
}
