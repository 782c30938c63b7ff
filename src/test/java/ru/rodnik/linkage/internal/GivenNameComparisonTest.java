package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.rodnik.registry.Sex;

class GivenNameComparisonTest {

    private final GivenNameComparison givenNames = new GivenNameComparison();

    private GivenNameLevel compare(String a, Set<String> aKeys, String b, Set<String> bKeys) {
        return givenNames.compare(a, aKeys, "p:" + a, null, b, bKeys, "p:" + b, null);
    }

    @Test
    void theSameNameIsExact() {
        assertThat(compare("наталья", Set.of("наталья"), "наталья", Set.of("наталья")))
                .isEqualTo(GivenNameLevel.EXACT);
    }

    @Test
    void aSpellingVariantSharesTheKey() {
        assertThat(compare("наталия", Set.of("наталья"), "наталья", Set.of("наталья")))
                .isEqualTo(GivenNameLevel.VARIANT);
    }

    @Test
    void aDiminutiveSharesAKeyWithEitherFullName() {
        assertThat(compare("саша", Set.of("александр", "александра"), "александра", Set.of("александра")))
                .isEqualTo(GivenNameLevel.VARIANT);
    }

    @Test
    void aSpellingThatSoundsTheSameIsPhonetic() {
        assertThat(givenNames.compare(
                        "натали", Set.of("натали"), "нтл", null, "наталья", Set.of("наталья"), "нтл", null))
                .isEqualTo(GivenNameLevel.PHONETIC);
    }

    @Test
    void aTypoIsFuzzyHigh() {
        assertThat(compare("кристина", Set.of("кристина"), "христина", Set.of("христина")))
                .isEqualTo(GivenNameLevel.FUZZY_HIGH);
    }

    @Test
    void aLikeNameIsFuzzyLow() {
        assertThat(compare("марина", Set.of("марина"), "мария", Set.of("мария")))
                .isEqualTo(GivenNameLevel.FUZZY_LOW);
    }

    @Test
    void anotherNameIsDifferent() {
        assertThat(compare("петр", Set.of("петр"), "павел", Set.of("павел"))).isEqualTo(GivenNameLevel.DIFFERENT);
    }

    @Test
    void brotherAndSisterNamesAreDifferentThoughOneEditApart() {
        assertThat(compare("александр", Set.of("александр"), "александра", Set.of("александра")))
                .isEqualTo(GivenNameLevel.DIFFERENT);
        assertThat(compare("евгения", Set.of("евгения"), "евгений", Set.of("евгений")))
                .isEqualTo(GivenNameLevel.DIFFERENT);
    }

    @Test
    void theOtherGenderFormIsATypoWhenBothRecordsSayTheSameSex() {
        assertThat(givenNames.compare(
                        "александр", Set.of("александр"), null, Sex.M, "александра", Set.of("александра"), null, Sex.M))
                .isEqualTo(GivenNameLevel.FUZZY_HIGH);
    }

    @Test
    void anInitialCanOnlyContradict() {
        assertThat(compare("н", Set.of("н"), "наталья", Set.of("наталья"))).isEqualTo(GivenNameLevel.MISSING);
        assertThat(compare("м", Set.of("м"), "наталья", Set.of("наталья"))).isEqualTo(GivenNameLevel.DIFFERENT);
    }

    @Test
    void aMissingNameIsMissing() {
        assertThat(givenNames.compare(null, Set.of(), null, null, "наталья", Set.of("наталья"), null, null))
                .isEqualTo(GivenNameLevel.MISSING);
    }
}
