package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationTest {

    @Test
    void passportsFollowIcao9303() {
        assertThat(Transliteration.ICAO_9303.apply("Наталья")).isEqualTo("Natalia");
        assertThat(Transliteration.ICAO_9303.apply("Семёнова")).isEqualTo("Semenova");
        assertThat(Transliteration.ICAO_9303.apply("Александр")).isEqualTo("Aleksandr");
        assertThat(Transliteration.ICAO_9303.apply("Юрий")).isEqualTo("Iurii");
        assertThat(Transliteration.ICAO_9303.apply("Щукин")).isEqualTo("Shchukin");
        assertThat(Transliteration.ICAO_9303.apply("Подъячев")).isEqualTo("Podieiachev");
        assertThat(Transliteration.ICAO_9303.apply("Хабибуллин")).isEqualTo("Khabibullin");
    }

    @Test
    void peopleWriteItTheInformalWay() {
        assertThat(Transliteration.INFORMAL.apply("Наталья")).isEqualTo("Natalya");
        assertThat(Transliteration.INFORMAL.apply("Семёнова")).isEqualTo("Semenova");
        assertThat(Transliteration.INFORMAL.apply("Александр")).isEqualTo("Aleksandr");
        assertThat(Transliteration.INFORMAL.apply("Юрий")).isEqualTo("Yuriy");
        assertThat(Transliteration.INFORMAL.apply("Ксения")).isEqualTo("Kseniya");
    }

    @Test
    void caseAndPunctuationSurvive() {
        assertThat(Transliteration.ICAO_9303.apply("ЩУКИН")).isEqualTo("SHCHUKIN");
        assertThat(Transliteration.INFORMAL.apply("Иванова-Петрова")).isEqualTo("Ivanova-Petrova");
    }
}
