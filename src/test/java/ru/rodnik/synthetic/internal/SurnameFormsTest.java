package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurnameFormsTest {

    @Test
    void possessiveAndAdjectivalSurnamesTakeTheFeminineEnding() {
        assertThat(SurnameForms.feminine("Иванов")).isEqualTo("Иванова");
        assertThat(SurnameForms.feminine("Соловьёв")).isEqualTo("Соловьёва");
        assertThat(SurnameForms.feminine("Никитин")).isEqualTo("Никитина");
        assertThat(SurnameForms.feminine("Достоевский")).isEqualTo("Достоевская");
        assertThat(SurnameForms.feminine("Троицкий")).isEqualTo("Троицкая");
        assertThat(SurnameForms.feminine("Толстой")).isEqualTo("Толстая");
        assertThat(SurnameForms.feminine("Белый")).isEqualTo("Белая");
    }

    @Test
    void indeclinableSurnamesStayAsTheyAre() {
        assertThat(SurnameForms.feminine("Шевченко")).isEqualTo("Шевченко");
        assertThat(SurnameForms.feminine("Бойко")).isEqualTo("Бойко");
        assertThat(SurnameForms.feminine("Ковальчук")).isEqualTo("Ковальчук");
        assertThat(SurnameForms.feminine("Черных")).isEqualTo("Черных");
        assertThat(SurnameForms.feminine("Петросян")).isEqualTo("Петросян");
        assertThat(SurnameForms.feminine("Шмидт")).isEqualTo("Шмидт");
        assertThat(SurnameForms.feminine("Рабинович")).isEqualTo("Рабинович");
    }

    @Test
    void theMasculineFormUndoesTheFeminine() {
        assertThat(SurnameForms.masculine("Иванова")).isEqualTo("Иванов");
        assertThat(SurnameForms.masculine("Достоевская")).isEqualTo("Достоевский");
        assertThat(SurnameForms.masculine("Толстая")).isEqualTo("Толстой");
        assertThat(SurnameForms.masculine("Шевченко")).isEqualTo("Шевченко");
        for (Surname surname : Catalogue.standard().allSurnames()) {
            // Луговская may be Луговской or Луговский, Белая Белый or Белой: the guess takes the usual one.
            if (!surname.masculine().endsWith("ый") && !surname.masculine().endsWith("ской")) {
                assertThat(SurnameForms.masculine(surname.feminine())).isEqualTo(surname.masculine());
            }
        }
    }

    @Test
    void doubleSurnamesChangePartByPart() {
        assertThat(SurnameForms.feminine("Римский-Корсаков")).isEqualTo("Римская-Корсакова");
        assertThat(SurnameForms.masculine("Иванова-Шевченко")).isEqualTo("Иванов-Шевченко");
    }
}
