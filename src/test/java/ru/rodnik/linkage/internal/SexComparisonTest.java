package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.rodnik.registry.Sex;

class SexComparisonTest {

    private final SexComparison sexes = new SexComparison();

    @Test
    void theSameSexAgrees() {
        assertThat(sexes.compare(Sex.F, Sex.F)).isEqualTo(SexLevel.AGREE);
    }

    @Test
    void anotherSexDisagrees() {
        assertThat(sexes.compare(Sex.F, Sex.M)).isEqualTo(SexLevel.DISAGREE);
    }

    @Test
    void anUnknownSexIsMissing() {
        assertThat(sexes.compare(null, Sex.M)).isEqualTo(SexLevel.MISSING);
        assertThat(sexes.compare(Sex.M, null)).isEqualTo(SexLevel.MISSING);
    }
}
