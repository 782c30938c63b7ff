package ru.rodnik.registry.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalisationTest {

    private static final RussianNameNormaliser NAMES = new RussianNameNormaliser();

    @Test
    void trimsAndLowerCases() {
        assertThat(NAMES.normalise("  ИВАНОВ\t")).isEqualTo("иванов");
        assertThat(NAMES.normalise("иВаНоВ")).isEqualTo("иванов");
    }

    @Test
    void writesЁAsЕ() {
        assertThat(NAMES.normalise("Семёнова")).isEqualTo("семенова");
        assertThat(NAMES.normalise("ЁЛКИН")).isEqualTo("елкин");
    }

    @Test
    void keepsЙЬAndЪ() {
        assertThat(NAMES.normalise("Сергей Подъячев Ильин")).isEqualTo("сергейподъячевильин");
    }

    @ParameterizedTest
    @CsvSource({
        "Семёнова-Петрова, семеновапетрова",
        "Мамин Сибиряк, маминсибиряк",
        "Д'Артаньян, дартаньян",
        "Ив. Петров, ивпетров",
        "«Иванов» (2), иванов",
        "Петров–Водкин, петровводкин"
    })
    void removesHyphensSpacesApostrophesDotsAndOtherNonLetters(String raw, String normalised) {
        assertThat(NAMES.normalise(raw)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-.-", "12 345", "\t\n"})
    void givesAnEmptyStringForInputWithoutLetters(String raw) {
        assertThat(NAMES.normalise(raw)).isEmpty();
    }

    @Test
    void readsTheTwoWordsOfARegisterLineSeparately() {
        assertThat(NAMES.normalise("SEMENOVA NATALYA")).isEqualTo("семенованаталья");
        assertThat(NAMES.normalise("SEMENOVA")).isEqualTo("семенова");
        assertThat(NAMES.normalise("NATALYA")).isEqualTo("наталья");
    }

    @Test
    void readsLatinLookAlikesInsideACyrillicWordAsCyrillic() {
        assertThat(NAMES.normalise("Ивaнов")).as("Latin a").isEqualTo("иванов");
        assertThat(NAMES.normalise("Ceмёнoва")).as("Latin C, e, o").isEqualTo("семенова");
        assertThat(NAMES.normalise("HИHA")).as("Latin H").isEqualTo("нина");
        assertThat(NAMES.normalise("Kpылов")).as("Latin K, p").isEqualTo("крылов");
    }

    @Test
    void readsCyrillicLookAlikesInsideALatinWordAsLatin() {
        assertThat(NAMES.normalise("Ivаnov")).as("Cyrillic а").isEqualTo("иванов");
        assertThat(NAMES.normalise("Sеrgеy")).as("Cyrillic е").isEqualTo("сергей");
    }

    @Test
    void readsALatinWordOfLookAlikesAsCyrillicOnlyInCyrillicText() {
        assertThat(NAMES.normalise("CEPOB Иван")).isEqualTo("серовиван");
        assertThat(NAMES.normalise("CEPOB")).isEqualTo("цепоб");
    }

    @Test
    void transliteratesTheLatinWordOfAMixedText() {
        assertThat(NAMES.normalise("Иванова Natalya")).isEqualTo("иванова" + "наталья");
    }

    @Test
    void composesDecomposedLettersAndDropsStressMarks() {
        assertThat(NAMES.normalise("Семе\u0308нова")).isEqualTo("семенова");
        assertThat(NAMES.normalise("Сергеи\u0306")).isEqualTo("сергей");
        assertThat(NAMES.normalise("Семе\u0301нова")).isEqualTo("семенова");
    }

    @Test
    void foldsLettersOfNeighbouringAlphabetsToRussian() {
        assertThat(NAMES.normalise("Олексій Євген Ґонта")).isEqualTo("олексийевгенгонта");
        assertThat(NAMES.normalise("Әлия Нұрлан Ғалым")).isEqualTo("алиянурлангалым");
    }

    @Test
    void readsDiacriticsOfScholarlyTransliteration() {
        assertThat(NAMES.normalise("Ščukin")).isEqualTo("щукин");
        assertThat(NAMES.normalise("Žukova")).isEqualTo("жукова");
        assertThat(NAMES.normalise("Natalʹâ")).isEqualTo("наталья");
        assertThat(NAMES.normalise("Müller")).isEqualTo("муллер");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Семёнова-Петрова", "SEMENOVA", "Ivаnov", "Ol'ga", "Xenia", "Подъячев"})
    void isIdempotent(String raw) {
        String once = NAMES.normalise(raw);
        assertThat(NAMES.normalise(once)).isEqualTo(once);
    }
}
