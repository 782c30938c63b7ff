package ru.rodnik.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.rodnik.registry.Sex;

/** Each kind of noise on its own must leave the subject and its person at least one key in common. */
class BlockingKeysTest {

    private final BlockingKeys blocking = new BlockingKeys();

    private final LinkageRecord registry = SimulatedRegion.withNames(LinkageRecord.builder(), "семенова", "наталья")
            .patronymic("игоревна")
            .birthDate(LocalDate.of(2010, 5, 12))
            .sex(Sex.F)
            .snils(SnilsComparisonTest.VALID)
            .build();

    private LinkageRecord.Builder subject(String surname, String given) {
        return SimulatedRegion.withNames(LinkageRecord.builder(), surname, given)
                .patronymic("игоревна")
                .birthDate(LocalDate.of(2010, 5, 12))
                .sex(Sex.F);
    }

    private Set<String> shared(LinkageRecord subject) {
        Set<String> keys = new HashSet<>(blocking.soughtUnder(subject));
        keys.retainAll(blocking.filedUnder(registry));
        return keys;
    }

    @Test
    void theSameRecordFindsItselfUnderEveryKeyItSeeks() {
        assertThat(shared(registry)).isEqualTo(blocking.soughtUnder(registry)).hasSizeGreaterThan(10);
    }

    @Test
    void aSubjectWithABirthDateSeeksNamesOnlyWithinTheDecade() {
        assertThat(blocking.soughtUnder(registry))
                .contains("nd:наталья:семенова:201", "pd:нтла:смнфа:201")
                .noneMatch(key -> key.startsWith("n:") || key.startsWith("p:"));
        assertThat(blocking.filedUnder(registry)).contains("n:наталья:семенова", "nd:наталья:семенова:201");
    }

    @Test
    void aSubjectWithoutABirthDateSeeksTheUndatedNameKeys() {
        assertThat(blocking.soughtUnder(
                        subject("семенова", "наталья").birthDate(null).build()))
                .contains("n:наталья:семенова", "n:наталья:семенов", "p:нтла:смнфа")
                .noneMatch(key -> key.startsWith("nd:") || key.startsWith("d:"));
    }

    @Test
    void aSubjectWithoutABirthDateFindsItsPersonByTheFullNameApartFromNamesakesWithAnotherPatronymic() {
        LinkageRecord undated = subject("семенова", "наталья").birthDate(null).build();
        assertThat(blocking.soughtUnder(undated))
                .contains("nf:наталья:семенова:игоревна", "nf:наталья:семенов:игоревна");
        assertThat(shared(undated)).contains("nf:наталья:семенова:игоревна");
        // The male form of the surname and the names in each other's fields give the same key.
        assertThat(shared(subject("наталья", "семенов").birthDate(null).build()))
                .contains("nf:наталья:семенов:игоревна");
        LinkageRecord namesake = SimulatedRegion.withNames(LinkageRecord.builder(), "семенова", "наталья")
                .patronymic("петровна")
                .build();
        assertThat(blocking.soughtUnder(namesake)).noneMatch(key -> key.startsWith("nf:") && key.endsWith(":игоревна"));
    }

    @Test
    void aSubjectWithABirthDateDoesNotSeekTheUndatedFullName() {
        assertThat(blocking.soughtUnder(registry)).noneMatch(key -> key.startsWith("nf:"));
        assertThat(blocking.filedUnder(registry)).contains("nf:наталья:семенова:игоревна");
        assertThat(blocking.filedUnder(
                        subject("семенова", "наталья").patronymic(null).build()))
                .noneMatch(key -> key.startsWith("nf:"));
    }

    @Test
    void aStrangerSharesNoKey() {
        LinkageRecord stranger = SimulatedRegion.withNames(LinkageRecord.builder(), "кузнецов", "олег")
                .patronymic("петрович")
                .birthDate(LocalDate.of(1985, 1, 20))
                .snils(SnilsComparisonTest.OTHER_VALID)
                .build();
        assertThat(shared(stranger)).isEmpty();
    }

    @Test
    void survivesASurnameTypo() {
        assertThat(shared(subject("семинова", "наталья").build())).isNotEmpty();
    }

    @Test
    void survivesTheOtherGenderFormOfTheSurname() {
        assertThat(shared(subject("семенов", "наталья").build())).isNotEmpty();
    }

    @Test
    void survivesAMaidenName() {
        assertThat(shared(subject("кузнецова", "наталья").build())).isNotEmpty();
    }

    @Test
    void survivesADiminutive() {
        assertThat(shared(subject("семенова", "наташа").birthDate(null).build()))
                .isNotEmpty();
    }

    @Test
    void survivesAFirstNameTypo() {
        assertThat(shared(subject("семенова", "натвлья").build())).isNotEmpty();
    }

    @Test
    void survivesATransliterationOfBothNames() {
        // Semenova Natalya back in Cyrillic: both spellings changed, the sound kept.
        assertThat(shared(subject("сэменова", "наталия").birthDate(null).build()))
                .isNotEmpty();
    }

    @Test
    void survivesSurnameAndFirstNameSwapped() {
        assertThat(shared(subject("наталья", "семенова").build())).isNotEmpty();
        assertThat(shared(subject("наталья", "семенова").birthDate(null).build()))
                .as("without a birth date")
                .isNotEmpty();
    }

    @Test
    void survivesDayAndMonthSwapped() {
        assertThat(shared(subject("семинова", "наталья")
                        .birthDate(LocalDate.of(2010, 12, 5))
                        .build()))
                .as("with a surname typo as well")
                .contains("d:2010-05-12:наталья");
    }

    @Test
    void survivesOneWrongDigitOfTheBirthDate() {
        assertThat(shared(subject("семенова", "наталья")
                        .birthDate(LocalDate.of(2010, 5, 18))
                        .build()))
                .isNotEmpty();
    }

    @Test
    void survivesAMissingBirthDate() {
        assertThat(shared(subject("семенова", "наталья").birthDate(null).build()))
                .isNotEmpty();
    }

    @Test
    void survivesAMaidenNameAndAWrongDayTogetherThroughThePatronymic() {
        assertThat(shared(subject("кузнецова", "наталья")
                        .birthDate(LocalDate.of(2010, 5, 21))
                        .build()))
                .containsExactly("gp:наталья:игоревна:2010");
    }

    @Test
    void survivesAFirstNameTypoAndAWrongDayTogetherThroughThePatronymic() {
        assertThat(shared(subject("семенова", "натвлья")
                        .birthDate(LocalDate.of(2010, 5, 21))
                        .build()))
                .contains("sp:семенов:игоревна:2010");
    }

    @Test
    void anEqualSnilsSurvivesEverythingElse() {
        LinkageRecord garbled = SimulatedRegion.withNames(LinkageRecord.builder(), "петрова", "ольга")
                .snils(SnilsComparisonTest.VALID)
                .build();
        assertThat(shared(garbled)).containsExactly("snils:" + SnilsComparisonTest.VALID);
    }

    @Test
    void anInitialFilesNobodyUnderItsLetter() {
        LinkageRecord initials = SimulatedRegion.withNames(LinkageRecord.builder(), "семенова", "н")
                .patronymic("и")
                .build();
        assertThat(blocking.filedUnder(initials)).noneMatch(key -> key.contains(":н:") || key.endsWith(":н"));
    }

    @Test
    void aDateAndItsDayMonthExchangeGiveOneKey() {
        assertThat(BlockingKeys.unorderedDate(LocalDate.of(2016, 3, 2)))
                .isEqualTo(BlockingKeys.unorderedDate(LocalDate.of(2016, 2, 3)))
                .isEqualTo("2016-02-03");
        assertThat(BlockingKeys.unorderedDate(LocalDate.of(2016, 3, 12))).isEqualTo("2016-03-12");
    }
}
