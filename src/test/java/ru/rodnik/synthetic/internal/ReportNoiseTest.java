package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.rodnik.registry.Sex;
import ru.rodnik.registry.Snils;
import ru.rodnik.synthetic.NoiseKind;
import ru.rodnik.synthetic.NoiseRates;
import ru.rodnik.synthetic.SyntheticFamily.Role;
import ru.rodnik.synthetic.SyntheticPerson;

class ReportNoiseTest {

    private static final String SNILS = "11223344595";

    private final SplittableRandom random = new SplittableRandom(8);
    private final ReportNoise noise = new ReportNoise(NoiseRates.defaults(), Catalogue.standard());

    private static SyntheticPerson mother() {
        return new SyntheticPerson(
                UUID.randomUUID(),
                "Фёдорова-Шевченко",
                "Алёна",
                "Петровна",
                LocalDate.of(1990, 3, 7),
                Sex.F,
                SNILS,
                null,
                null,
                "Шевченко");
    }

    private static SyntheticPerson boy() {
        return new SyntheticPerson(
                UUID.randomUUID(),
                "Иванов",
                "Александр",
                "Сергеевич",
                LocalDate.of(2016, 11, 28),
                Sex.M,
                SNILS,
                "II-ЕТ 123456",
                null,
                null);
    }

    private static ReportDraft draft(SyntheticPerson person, Role role) {
        return new ReportDraft(person, role);
    }

    @Test
    void aMotherMayAppearUnderHerMaidenNameAndNobodyElse() {
        ReportDraft mother = draft(mother(), Role.MOTHER);
        assertThat(ReportNoise.maidenName(mother)).isTrue();
        assertThat(mother.lastName).isEqualTo("Шевченко");

        ReportDraft grandmother = draft(mother(), Role.OTHER_ADULT);
        assertThat(ReportNoise.maidenName(grandmother)).isFalse();
        assertThat(ReportNoise.maidenName(draft(boy(), Role.CHILD))).isFalse();
    }

    @Test
    void aGenderSlipGivesTheOtherFormOfADeclinableSurname() {
        ReportDraft boy = draft(boy(), Role.CHILD);
        assertThat(ReportNoise.genderSlip(boy)).isTrue();
        assertThat(boy.lastName).isEqualTo("Иванова");

        ReportDraft mother = draft(mother(), Role.MOTHER);
        assertThat(ReportNoise.genderSlip(mother)).isTrue();
        assertThat(mother.lastName).isEqualTo("Фёдоров-Шевченко");

        mother.lastName = "Шевченко";
        assertThat(ReportNoise.genderSlip(mother)).isFalse();
    }

    @Test
    void aDiminutiveReplacesTheFirstName() {
        ReportDraft boy = draft(boy(), Role.CHILD);
        assertThat(noise.diminutive(boy, random)).isTrue();
        assertThat(boy.firstName).isIn("Саша", "Шура");

        ReportDraft mother = draft(mother(), Role.MOTHER);
        assertThat(noise.diminutive(mother, random)).isFalse();
        assertThat(mother.firstName).isEqualTo("Алёна");
    }

    @Test
    void aHyphenBecomesASpaceASpacedHyphenOrNothing() {
        for (int i = 0; i < 20; i++) {
            ReportDraft mother = draft(mother(), Role.MOTHER);
            assertThat(ReportNoise.hyphenSpace(mother, random)).isEqualTo("HYPHEN_SPACE:lastName");
            assertThat(mother.lastName).isIn("Фёдорова Шевченко", "Фёдорова - Шевченко", "ФёдороваШевченко");
        }
        assertThat(ReportNoise.hyphenSpace(draft(boy(), Role.CHILD), random)).isNull();
    }

    @Test
    void yoIsWrittenAsE() {
        ReportDraft mother = draft(mother(), Role.MOTHER);
        assertThat(noise.yoE(mother)).isTrue();
        assertThat(mother.lastName).isEqualTo("Федорова-Шевченко");
        assertThat(mother.firstName).isEqualTo("Алена");

        assertThat(noise.yoE(draft(boy(), Role.CHILD))).isFalse();
    }

    @Test
    void aNameTheDocumentsWriteWithEGetsItsUsualYoBack() {
        SyntheticPerson written = new SyntheticPerson(
                UUID.randomUUID(),
                "Семенова",
                "Алена",
                "Артемовна",
                LocalDate.of(1995, 1, 20),
                Sex.F,
                null,
                null,
                null,
                null);
        ReportDraft draft = draft(written, Role.MOTHER);

        assertThat(noise.yoE(draft)).isTrue();
        assertThat(List.of(draft.lastName, draft.firstName, draft.patronymic))
                .containsExactly("Семёнова", "Алёна", "Артёмовна");
    }

    @Test
    void aTypoNamesTheFieldItChanged() {
        for (NoiseKind kind : List.of(
                NoiseKind.TYPO_ADJACENT_KEY,
                NoiseKind.TYPO_DROPPED_LETTER,
                NoiseKind.TYPO_DOUBLED_LETTER,
                NoiseKind.TYPO_TRANSPOSED_LETTERS)) {
            ReportDraft boy = draft(boy(), Role.CHILD);
            String done = ReportNoise.typo(kind, boy, random);

            assertThat(done).startsWith(kind.name() + ":");
            String field = done.substring(done.indexOf(':') + 1);
            String value = switch (field) {
                case "lastName" -> boy.lastName;
                case "firstName" -> boy.firstName;
                default -> boy.patronymic;
            };
            String truth = switch (field) {
                case "lastName" -> "Иванов";
                case "firstName" -> "Александр";
                default -> "Сергеевич";
            };
            assertThat(value).isNotEqualTo(truth);
        }
    }

    @Test
    void patronymicGoesMissingAndNamesSwap() {
        ReportDraft boy = draft(boy(), Role.CHILD);
        assertThat(ReportNoise.patronymicMissing(boy)).isTrue();
        assertThat(boy.patronymic).isNull();
        assertThat(ReportNoise.patronymicMissing(boy)).isFalse();

        assertThat(ReportNoise.namesSwapped(boy)).isTrue();
        assertThat(boy.lastName).isEqualTo("Александр");
        assertThat(boy.firstName).isEqualTo("Иванов");
    }

    @Test
    void transliterationHappensOnceAndStopsLaterTypos() {
        ReportDraft mother = draft(mother(), Role.MOTHER);
        assertThat(ReportNoise.transliterated(mother, Transliteration.INFORMAL)).isTrue();
        assertThat(mother.lastName).isEqualTo("Fedorova-Shevchenko");
        assertThat(mother.firstName).isEqualTo("Alena");
        assertThat(mother.patronymic).isEqualTo("Petrovna");

        assertThat(ReportNoise.transliterated(mother, Transliteration.ICAO_9303))
                .isFalse();
        assertThat(ReportNoise.typo(NoiseKind.TYPO_DROPPED_LETTER, mother, random))
                .isNull();
    }

    @Test
    void aBirthDateIsDistortedAtMostOnce() {
        ReportDraft mother = draft(mother(), Role.MOTHER);
        assertThat(ReportNoise.birthDate(NoiseKind.BIRTH_DATE_DAY_MONTH_SWAPPED, mother, random))
                .isTrue();
        assertThat(mother.birthDate).isEqualTo(LocalDate.of(1990, 7, 3));
        assertThat(ReportNoise.birthDate(NoiseKind.BIRTH_DATE_SHIFTED, mother, random))
                .isFalse();

        ReportDraft boy = draft(boy(), Role.CHILD);
        assertThat(ReportNoise.birthDate(NoiseKind.BIRTH_DATE_DAY_MONTH_SWAPPED, boy, random))
                .isFalse();
        assertThat(ReportNoise.birthDate(NoiseKind.BIRTH_DATE_MISSING, boy, random))
                .isTrue();
        assertThat(boy.birthDate).isNull();
    }

    @Test
    void aSnilsGoesMissingOrGetsAWrongDigit() {
        ReportDraft boy = draft(boy(), Role.CHILD);
        assertThat(ReportNoise.snils(NoiseKind.SNILS_WRONG_DIGIT, boy, random)).isTrue();
        assertThat(boy.snils).isNotNull().isNotEqualTo(SNILS);
        assertThat(Snils.isValid(boy.snils)).isFalse();

        ReportDraft mother = draft(mother(), Role.MOTHER);
        assertThat(ReportNoise.snils(NoiseKind.SNILS_MISSING, mother, random)).isTrue();
        assertThat(mother.snils).isNull();
        assertThat(ReportNoise.snils(NoiseKind.SNILS_WRONG_DIGIT, mother, random))
                .isFalse();
    }

    @Test
    void upperCaseTouchesEveryName() {
        ReportDraft mother = draft(mother(), Role.MOTHER);
        assertThat(ReportNoise.upperCase(mother)).isTrue();
        assertThat(List.of(mother.lastName, mother.firstName, mother.patronymic))
                .containsExactly("ФЁДОРОВА-ШЕВЧЕНКО", "АЛЁНА", "ПЕТРОВНА");
        assertThat(ReportNoise.upperCase(mother)).isFalse();
    }

    @Test
    void withoutNoiseNothingChanges() {
        ReportNoise none = new ReportNoise(NoiseRates.none(), Catalogue.standard());
        ReportDraft mother = draft(mother(), Role.MOTHER);

        assertThat(none.apply(mother, 2.0, random)).isEmpty();
        assertThat(mother.lastName).isEqualTo("Фёдорова-Шевченко");
        assertThat(mother.birthDate).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(mother.snils).isEqualTo(SNILS);
    }

    @Test
    void everyDistortionAtRateOneIsAppliedInOrderWhereItFits() {
        Map<NoiseKind, Double> all = new EnumMap<>(NoiseKind.class);
        for (NoiseKind kind : NoiseKind.values()) {
            all.put(kind, 1.0);
        }
        ReportNoise always = new ReportNoise(new NoiseRates(all, 0, 1), Catalogue.standard());
        ReportDraft mother = draft(mother(), Role.MOTHER);

        List<String> applied = always.apply(mother, 1.0, random);

        // The maiden name Шевченко has no hyphen to vary, and after ICAO the informal spelling has nothing to do.
        assertThat(applied)
                .startsWith("MAIDEN_NAME")
                .doesNotContain("HYPHEN_SPACE:lastName", "TRANSLIT_INFORMAL", "BIRTH_DATE_SHIFTED")
                .contains("YO_E", "TRANSLIT_ICAO", "BIRTH_DATE_MISSING", "SNILS_MISSING", "UPPER_CASE")
                .endsWith("UPPER_CASE");
        assertThat(mother.birthDate).isNull();
        assertThat(mother.lastName).matches("[A-Z -]+");
    }
}
