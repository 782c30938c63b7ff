package ru.rodnik.registry.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticKeyTest {

    private static final RussianNameNormaliser NAMES = new RussianNameNormaliser();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "Ковальчук, Ковальчюк",
        "Семенова, Семёнова",
        "Семенова, Семинова",
        "Семёнова, SEMYONOVA",
        "Наталья, Наталия",
        "Наталья, Natalia",
        "Кирилов, Кириллов",
        "Иванов, Иваноф",
        "Иванов, Ivanoff",
        "Зайцев, Заицев",
        "Щукин, Счукин",
        "Извозчиков, Извощиков",
        "Мацкевич, Матскевич",
        "Трубецкой, Трубетской",
        "Солнцева, Сонцева",
        "Праздникова, Празникова",
        "Дмитрий, Dmitri",
        "Юлия, Julia",
        "Татьяна, Tatiana",
        "Григорьев, Grigoriev",
        "Соловьёв, Soloviev",
        "Васильев, VASILEV",
        "Ульяна, Uliana",
        "Ксения, Xenia",
        "Евгения, Евгенья",
        "Подъячев, Подьячев",
        "Гордеев, Гордиев",
        "Любовь, Любоф",
        "Глеб, Глеп",
        "Пугачёв, Pugachev",
        "Кузнецов, Kuzneczov"
    })
    void givesNamesThatSoundAlikeOneKey(String one, String other) {
        assertThat(NAMES.phoneticKey(one)).isEqualTo(NAMES.phoneticKey(other));
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource({
        "Иванов, Ивашов",
        "Петров, Сидоров",
        "Анна, Инна",
        "Мария, Марина",
        "Козлов, Котлов",
        "Белов, Белых",
        "Смирнов, Смирнова",
        "Павел, Павлов",
        "Фёдоров, Федотов",
        "Кузнецов, Кузьмин",
        "Ольга, Олег",
        "Михайлов, Михеев",
        "Шишкин, Щукин",
        "Зуев, Суев"
    })
    void keepsNamesThatSoundDifferentApart(String one, String other) {
        assertThat(NAMES.phoneticKey(one)).isNotEqualTo(NAMES.phoneticKey(other));
    }

    @Test
    void writesTheKeyAsReadableSounds() {
        assertThat(NAMES.phoneticKey("Семёнова")).isEqualTo("симинава");
        assertThat(NAMES.phoneticKey("Ковальчук")).isEqualTo("кавалчук");
    }

    @Test
    void devoicesAtTheEndAndThroughAClusterBeforeAVoicelessConsonant() {
        assertThat(NAMES.phoneticKey("Глеб")).isEqualTo("глип");
        assertThat(NAMES.phoneticKey("Дубков")).isEqualTo("дупкаф");
        assertThat(NAMES.phoneticKey("Гвоздков")).isEqualTo(NAMES.phoneticKey("Гвостков"));
    }

    @Test
    void readsТсяAndТьсяAsЦа() {
        assertThat(NAMES.phoneticKey("Мечтаться")).isEqualTo(NAMES.phoneticKey("Мечтаца"));
        assertThat(NAMES.phoneticKey("Мечтаться")).endsWith("ца");
    }

    @Test
    void acceptsANormalisedNameAsWellAsARawOne() {
        assertThat(NAMES.phoneticKey("семенова")).isEqualTo(NAMES.phoneticKey("  Семёнова "));
    }

    @Test
    void givesAnEmptyKeyForABlankName() {
        assertThat(NAMES.phoneticKey(" ")).isEmpty();
    }
}
