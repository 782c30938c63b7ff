package ru.rodnik.registry.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.rodnik.registry.Sex;

class GivenNameKeysTest {

    private static final RussianNameNormaliser NAMES = new RussianNameNormaliser();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Саша, александр",
        "Шура, александра",
        "Наташа, наталья",
        "Наталия, наталья",
        "Женя, евгений",
        "Женя, евгения",
        "Валя, валентин",
        "Валя, валентина",
        "Настя, анастасия",
        "Даша, дарья",
        "Дима, дмитрий",
        "Митя, дмитрий",
        "Ваня, иван",
        "Лёша, алексей",
        "Алёша, алексей",
        "Юля, юлия",
        "Катя, екатерина",
        "Ксюша, ксения",
        "Аксинья, ксения",
        "Коля, николай",
        "Маша, мария",
        "Марья, мария",
        "Таня, татьяна",
        "Оля, ольга",
        "Света, светлана",
        "Лена, елена",
        "Лиза, елизавета",
        "Вова, владимир",
        "Володя, владимир",
        "Миша, михаил",
        "Паша, павел",
        "Петя, петр",
        "Серёжа, сергей",
        "Костя, константин",
        "Гриша, григорий",
        "Юра, юрий",
        "Люда, людмила",
        "Надя, надежда",
        "Соня, софия",
        "Софья, софия",
        "Тёма, артем",
        "Стёпа, степан",
        "Федя, федор",
        "Толя, анатолий",
        "Галя, галина",
        "Слава, вячеслав",
        "Слава, ярослава"
    })
    void findsTheFullNameOfADiminutiveOrVariant(String given, String fullName) {
        assertThat(NAMES.givenNameKeys(given)).contains(fullName);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Sasha, александр",
        "Kolya, николай",
        "Zhenya, евгения",
        "Olga, ольга",
        "OLGA, ольга",
        "Igor, игорь",
        "Natalia, наталья",
        "NATALIA, наталья",
        "Nataliya, наталья",
        "Ilia, илья",
        "Yuri, юрий",
        "Dmitri, дмитрий",
        "Lyosha, алексей",
        "Ksyusha, ксения",
        "Xenia, ксения",
        "Daria, дарья",
        "Raisa, раиса",
        "Zinaida, зинаида",
        "Diana, диана"
    })
    void findsTheFullNameOfALatinSpelling(String given, String fullName) {
        assertThat(NAMES.givenNameKeys(given)).contains(fullName);
    }

    @Test
    void givesEveryNameADiminutiveMayStandFor() {
        assertThat(NAMES.givenNameKeys("Саша")).containsExactlyInAnyOrder("александр", "александра");
        assertThat(NAMES.givenNameKeys("Шура")).containsExactlyInAnyOrder("александр", "александра");
        assertThat(NAMES.givenNameKeys("Женя")).containsExactlyInAnyOrder("евгений", "евгения");
        assertThat(NAMES.givenNameKeys("Валя")).containsExactlyInAnyOrder("валентин", "валентина");
    }

    @Test
    void givesAFullNameOnlyItself() {
        assertThat(NAMES.givenNameKeys("Александр")).containsExactly("александр");
        assertThat(NAMES.givenNameKeys("Наталья")).containsExactly("наталья");
        assertThat(NAMES.givenNameKeys("Наталия")).containsExactly("наталья");
    }

    @Test
    void keepsOksanaApartFromKsenia() {
        assertThat(NAMES.givenNameKeys("Оксана")).containsExactly("оксана");
        assertThat(NAMES.givenNameKeys("Ксения")).containsExactly("ксения");
    }

    @Test
    void givesAnUnknownNameItsOwnNormalisedForm() {
        assertThat(NAMES.givenNameKeys(" Снежинка ")).containsExactly("снежинка");
        assertThat(NAMES.givenNameKeys("Zamira")).containsExactly("замира");
    }

    @Test
    void givesNothingForABlankName() {
        assertThat(NAMES.givenNameKeys("  ")).isEmpty();
    }

    @Test
    void theNameFileHasAtLeast120NamesOfBothSexes() {
        var names = NAMES.givenNames().names();
        Map<Sex, Long> bySex = names.stream().collect(Collectors.groupingBy(GivenName::sex, Collectors.counting()));

        assertThat(names).hasSizeGreaterThanOrEqualTo(120);
        assertThat(bySex.get(Sex.M)).isGreaterThanOrEqualTo(50);
        assertThat(bySex.get(Sex.F)).isGreaterThanOrEqualTo(50);
    }

    @Test
    void theNameFileWritesFullNamesInCyrillicWithACapital() {
        assertThat(NAMES.givenNames().names())
                .extracting(GivenName::canonical)
                .allSatisfy(name -> assertThat(name).matches("[А-ЯЁ][а-яё]+"));
    }
}
