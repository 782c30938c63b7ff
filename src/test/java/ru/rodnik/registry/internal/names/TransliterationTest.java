package ru.rodnik.registry.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real names in each transliteration system, and the Russian spelling they must come back to. */
class TransliterationTest {

    private static final RussianNameNormaliser NAMES = new RussianNameNormaliser();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Shhukin, щукин",
        "Zhukov, жуков",
        "Kuzneczov, кузнецов",
        "Czvetkova, цветкова",
        "Cyganov, цыганов",
        "Chernyshev, чернышев",
        "Yurij, юрий",
        "Sergej, сергей",
        "Zajcev, зайцев",
        "Yakovlev, яковлев",
        "Kry`lov, крылов",
        "Vy`soczkij, высоцкий",
        "E`duard, эдуард",
        "Dar`ya, дарья",
        "Ol`ga, ольга",
        "Pod``yachev, подъячев",
        "Xaritonov, харитонов",
        "Semyonov, семенов"
    })
    void readsGost779SystemB(String latin, String cyrillic) {
        assertThat(NAMES.normalise(latin)).isEqualTo(cyrillic);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "KHOKHLOV, хохлов",
        "TSVETKOVA, цветкова",
        "SHCHERBAKOV, щербаков",
        "ZHUKOVA, жукова",
        "IURII, юрий",
        "IULIIA, юлия",
        "IAKOVLEV, яковлев",
        "KSENIIA, ксения",
        "MARIIA, мария",
        "TATIANA, татьяна",
        "DMITRII, дмитрий",
        "SERGEI, сергей",
        "ANDREI, андрей",
        "NIKOLAI, николай",
        "EVGENII, евгений",
        "VIACHESLAV, вячеслав",
        "LIUDMILA, людмила",
        "MIKHAIL, михаил",
        "MIKHAILOV, михайлов",
        "ZAITSEVA, зайцева",
        "VYSOTSKII, высоцкий",
        "CHAIKOVSKII, чайковский",
        "PODIEIACHEV, подъячев",
        "OBIEEDKOV, объедков",
        "ALEKSANDROVSKAIA, александровская",
        "POLIAKOVA, полякова",
        "BELYI, белый",
        "SEMENOVA, семенова"
    })
    void readsIcao9303Passports(String latin, String cyrillic) {
        assertThat(NAMES.normalise(latin)).isEqualTo(cyrillic);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Natalya, наталья",
        "Nataliya, наталия",
        "Yulia, юлия",
        "Julia, юлия",
        "Aleksandr, александр",
        "Alexander, александр",
        "Sergey, сергей",
        "Dmitriy, дмитрий",
        "Dmitry, дмитрий",
        "Evgeniy, евгений",
        "Yevgeny, евгений",
        "Ekaterina, екатерина",
        "Yekaterina, екатерина",
        "Semyonova, семенова",
        "Semenova, семенова",
        "Kseniya, ксения",
        "Xenia, ксения",
        "Mariya, мария",
        "Maria, мария",
        "Vysotskiy, высоцкий",
        "Vysotsky, высоцкий",
        "Petrovna, петровна",
        "Tatyana, татьяна",
        "Darya, дарья",
        "Ilya, илья",
        "Alexey, алексей",
        "Maxim, максим",
        "Mikhaylov, михайлов",
        "Zaytsev, зайцев",
        "Solovyov, соловьев",
        "Vasilyev, васильев",
        "Grigoryev, григорьев",
        "Sergeyevich, сергеевич",
        "Pyotr, петр",
        "Fyodor, федор",
        "Artyom, артем",
        "Alyona, алена",
        "Lyudmila, людмила",
        "Polyakov, поляков",
        "Kudryavtsev, кудрявцев",
        "Tolstoy, толстой",
        "Chernykh, черных",
        "Shevchenko, шевченко",
        "Natal'ya, наталья",
        "Schukin, щукин",
        "Tchaikovsky, чайковский",
        "Rodionov, родионов",
        "Ilyin, ильин",
        "Iwanow, иванов",
        "Mayorova, майорова",
        "Piotr, петр",
        "Jaroslav, ярослав"
    })
    void readsInformalSpellings(String latin, String cyrillic) {
        assertThat(NAMES.normalise(latin)).isEqualTo(cyrillic);
    }

    @Test
    void readsXAsХOnlyInTextWithOtherGostMarks() {
        assertThat(NAMES.normalise("Mixail Shhukin")).isEqualTo("михаилщукин");
        assertThat(NAMES.normalise("Mixail")).isEqualTo("миксаил");
        assertThat(NAMES.normalise("Maxim")).isEqualTo("максим");
    }

    @Test
    void ignoresLetterCase() {
        assertThat(NAMES.normalise("NATALYA SEMYONOVA")).isEqualTo(NAMES.normalise("natalya semyonova"));
    }
}
