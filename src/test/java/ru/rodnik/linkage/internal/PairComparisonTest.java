package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PairComparisonTest {

    private final PairComparison comparison = new PairComparison(MatchWeights.defaults(), NameFrequencies.NONE);

    @Test
    void namesInEachOthersFieldsAreComparedCrosswise() {
        LinkageRecord swapped = People.semenovaNatalya()
                .surname("наталья", "наталья", "нтл")
                .givenName("семенова", Set.of("семенова"), "смнф")
                .build();

        ComparisonVector vector =
                comparison.compare(swapped, People.semenovaNatalya().build());

        assertThat(vector.namesSwapped()).isTrue();
        assertThat(vector.surname()).isEqualTo(SurnameLevel.EXACT);
        assertThat(vector.givenName()).isEqualTo(GivenNameLevel.EXACT);
    }

    @Test
    void aSwappedSurnameInTheOtherGenderFormMeetsTheKey() {
        LinkageRecord swapped = People.semenovaNatalya()
                .surname("наталья", "наталья", "нтл")
                .givenName("семенов", Set.of("семенов"), "смнф2")
                .build();

        ComparisonVector vector =
                comparison.compare(swapped, People.semenovaNatalya().build());

        assertThat(vector.namesSwapped()).isTrue();
        assertThat(vector.surname()).isEqualTo(SurnameLevel.SAME_KEY);
        assertThat(vector.givenName()).isEqualTo(GivenNameLevel.EXACT);
    }

    @Test
    void theStraightOrderIsKeptWhenItIsAtLeastAsGood() {
        LinkageRecord typo = People.semenovaNatalya()
                .givenName("наталя", Set.of("наталя"), "нтл")
                .build();

        ComparisonVector vector =
                comparison.compare(typo, People.semenovaNatalya().build());

        assertThat(vector.namesSwapped()).isFalse();
        assertThat(vector.surname()).isEqualTo(SurnameLevel.EXACT);
        assertThat(vector.givenName()).isEqualTo(GivenNameLevel.PHONETIC);
    }

    @Test
    void everyFeatureIsCompared() {
        LinkageRecord full = People.ivanovPetr()
                .snils(SnilsComparisonTest.VALID)
                .birthCertificate("iiет123456")
                .coSubjectKeys(Set.of("s:иванов:1990-07-14"))
                .build();

        ComparisonVector vector = comparison.compare(full, full);

        for (Feature feature : Feature.ALL) {
            assertThat(vector.level(feature).carriesEvidence())
                    .as(feature.name())
                    .isTrue();
            assertThat(vector.level(feature).ordinal()).as(feature.name()).isZero();
        }
    }
}
