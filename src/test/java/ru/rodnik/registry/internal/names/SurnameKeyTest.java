package ru.rodnik.registry.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SurnameKeyTest {

    private static final RussianNameNormaliser NAMES = new RussianNameNormaliser();

    @ParameterizedTest(name = "{0} and {1} → {2}")
    @CsvSource({
        "Семёнов, Семёнова, семенов",
        "Иванов, Иванова, иванов",
        "Зуев, Зуева, зуев",
        "Королёв, Королёва, королев",
        "Пушкин, Пушкина, пушкин",
        "Ильин, Ильина, ильин",
        "Солженицын, Солженицына, солженицын",
        "SEMENOV, SEMENOVA, семенов"
    })
    void bringsMaleAndFemalePossessiveSurnamesTogether(String male, String female, String key) {
        assertThat(NAMES.surnameKey(male)).isEqualTo(key);
        assertThat(NAMES.surnameKey(female)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} and {1} → {2}")
    @CsvSource({
        "Достоевский, Достоевская, достоевск",
        "Вяземский, Вяземская, вяземск",
        "Высоцкий, Высоцкая, высоцк",
        "Трубецкой, Трубецкая, трубецк",
        "Донской, Донская, донск",
        "Толстой, Толстая, толст",
        "Белый, Белая, бел",
        "Синий, Синяя, син",
        "Vysotskiy, VYSOTSKAIA, высоцк",
        "Ковальски, Ковальска, ковальск"
    })
    void bringsMaleAndFemaleAdjectivalSurnamesTogether(String male, String female, String key) {
        assertThat(NAMES.surnameKey(male)).isEqualTo(key);
        assertThat(NAMES.surnameKey(female)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Шевченко",
                "Бойко",
                "Черных",
                "Долгих",
                "Ковальчук",
                "Полищук",
                "Бабич",
                "Петросян",
                "Гогоберидзе",
                "Шенгелия",
                "Живаго",
                "Дурново",
                "Мюллер",
                "Цой",
                "Ли"
            })
    void leavesIndeclinableForeignAndShortSurnamesAsTheyAre(String surname) {
        assertThat(NAMES.surnameKey(surname)).isEqualTo(NAMES.normalise(surname));
    }

    @Test
    void stripsTheEndingOfEachPartOfADoubleBarrelledSurname() {
        assertThat(NAMES.surnameKey("Семёнова-Петрова")).isEqualTo("семеновпетров");
        assertThat(NAMES.surnameKey("Семёнов-Петров")).isEqualTo("семеновпетров");
        assertThat(NAMES.surnameKey("Римская-Корсакова")).isEqualTo("римсккорсаков");
    }

    @Test
    void keepsTheExamplesOfTheContract() {
        assertThat(NAMES.surnameKey("Семёнова")).isEqualTo("семенов");
        assertThat(NAMES.surnameKey("Достоевская")).isEqualTo("достоевск");
        assertThat(NAMES.surnameKey("Пушкина")).isEqualTo("пушкин");
    }

    @Test
    void givesAnEmptyKeyForABlankSurname() {
        assertThat(NAMES.surnameKey(" - ")).isEmpty();
    }
}
