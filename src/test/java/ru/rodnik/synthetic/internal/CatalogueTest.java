package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueTest {

    private final Catalogue catalogue = Catalogue.standard();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "surnames.tsv",
                "male-names.tsv",
                "female-names.tsv",
                "patronymics.tsv",
                "diminutives.tsv",
                "territories.tsv",
                "streets.tsv",
                "agency-indicators.tsv"
            })
    void everyDataFileSaysWhereItComesFrom(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("synthetic/" + file)) {
            assertThat(in).isNotNull();
            String firstLine = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElseThrow();
            assertThat(firstLine).startsWith("#").contains("hand-compiled");
        }
    }

    @Test
    void surnamesCoverTheCommonOnesAndTheKindsThatBehaveDifferently() {
        List<Surname> surnames = catalogue.allSurnames();
        List<String> masculine = surnames.stream().map(Surname::masculine).toList();

        assertThat(surnames).hasSizeGreaterThanOrEqualTo(300);
        assertThat(masculine.subList(0, 5)).containsExactly("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев");
        assertThat(masculine).doesNotHaveDuplicates();
        assertThat(masculine.stream().filter(s -> s.endsWith("ский") || s.endsWith("цкий")))
                .hasSizeGreaterThan(10);
        assertThat(masculine.stream().filter(s -> s.endsWith("енко"))).hasSizeGreaterThan(5);
        assertThat(masculine.stream().filter(s -> s.endsWith("ко") && !s.endsWith("енко")))
                .isNotEmpty();
        assertThat(masculine.stream().filter(s -> s.endsWith("ук") || s.endsWith("юк")))
                .hasSizeGreaterThan(5);
        assertThat(masculine.stream().filter(s -> s.endsWith("их") || s.endsWith("ых")))
                .hasSizeGreaterThan(5);
        assertThat(surnames.stream().map(Surname::origin).distinct()).contains("tt", "ba", "ua", "hy", "az");
    }

    @Test
    void surnamesOfOtherPeoplesHaveRealisticSmallShares() {
        SplittableRandom random = new SplittableRandom(1);
        int draws = 100_000;
        int russian = 0;
        int tatar = 0;
        for (int i = 0; i < draws; i++) {
            String origin = catalogue.surnames.pick(random).origin();
            russian += "ru".equals(origin) ? 1 : 0;
            tatar += "tt".equals(origin) || "ba".equals(origin) ? 1 : 0;
        }
        assertThat(russian / (double) draws).isBetween(0.8, 0.92);
        assertThat(tatar / (double) draws).isBetween(0.01, 0.06);
    }

    @Test
    void firstNamesHaveBothGenerations() {
        assertThat(catalogue.maleNames.all()).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates();
        assertThat(catalogue.femaleNames.all()).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates();
        assertThat(catalogue.maleNames.all()).contains("Артём", "Михаил", "Александр", "Максим");
        assertThat(catalogue.femaleNames.all()).contains("София", "Анна", "Мария", "Алиса");
        SplittableRandom random = new SplittableRandom(2);
        Set<String> girls = new HashSet<>();
        Set<String> mothers = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            girls.add(catalogue.femaleNames.pick(FirstNames.Generation.CHILDREN, "ru", random));
            mothers.add(catalogue.femaleNames.pick(FirstNames.Generation.PARENTS, "ru", random));
        }
        // Fashion moves: a girl of today is a София, her mother an Елена.
        assertThat(girls).contains("София");
        assertThat(mothers).contains("Елена");
        assertThat(countOf("Елена", FirstNames.Generation.PARENTS))
                .isGreaterThan(5 * countOf("Елена", FirstNames.Generation.CHILDREN));
    }

    private int countOf(String name, FirstNames.Generation generation) {
        SplittableRandom random = new SplittableRandom(3);
        int count = 0;
        for (int i = 0; i < 20_000; i++) {
            count += name.equals(catalogue.femaleNames.pick(generation, "ru", random)) ? 1 : 0;
        }
        return count;
    }

    @Test
    void diminutivesBelongToNamesOfTheData() {
        Set<String> names = new HashSet<>(catalogue.maleNames.all());
        names.addAll(catalogue.femaleNames.all());
        assertThat(catalogue.diminutives("Александр")).contains("Саша");
        assertThat(catalogue.diminutives("Наталья")).contains("Наташа");
        assertThat(catalogue.diminutives("Злата")).isEmpty();
        for (String name : names) {
            assertThat(catalogue.diminutives(name)).doesNotContain(name);
        }
    }

    @Test
    void settlementsHaveStreetsOfTheirOwnAndCommonOnes() {
        for (Settlement settlement : catalogue.settlements.items()) {
            assertThat(settlement.streets().items()).contains("ул. Ленина", "ул. Молодёжная");
        }
        Settlement city = catalogue.settlements.items().stream()
                .filter(settlement -> settlement.code().equals("50701000"))
                .findFirst()
                .orElseThrow();
        assertThat(city.streets().items()).contains("Красный пр-т");
    }
}
