package ru.rodnik.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.rodnik.registry.Sex;

class PatronymicsTest {

    private final Patronymics patronymics = Patronymics.standard();

    private void assertPatronymics(String father, String son, String daughter) {
        assertThat(patronymics.of(father, Sex.M)).as(father).isEqualTo(son);
        assertThat(patronymics.of(father, Sex.F)).as(father).isEqualTo(daughter);
    }

    @Test
    void hardConsonantsTakeOvichAndOvna() {
        assertPatronymics("Александр", "Александрович", "Александровна");
        assertPatronymics("Иван", "Иванович", "Ивановна");
        assertPatronymics("Артём", "Артёмович", "Артёмовна");
        assertPatronymics("Ильдар", "Ильдарович", "Ильдаровна");
    }

    @Test
    void namesInIyEyAndAyTakeEvich() {
        assertPatronymics("Юрий", "Юрьевич", "Юрьевна");
        assertPatronymics("Василий", "Васильевич", "Васильевна");
        assertPatronymics("Алексей", "Алексеевич", "Алексеевна");
        assertPatronymics("Андрей", "Андреевич", "Андреевна");
        assertPatronymics("Николай", "Николаевич", "Николаевна");
        assertPatronymics("Игорь", "Игоревич", "Игоревна");
    }

    @Test
    void namesInAtakeIchAndIchna() {
        assertPatronymics("Никита", "Никитич", "Никитична");
        assertPatronymics("Савва", "Саввич", "Саввична");
    }

    @Test
    void exceptionsAreNamedOneByOne() {
        assertPatronymics("Илья", "Ильич", "Ильинична");
        assertPatronymics("Кузьма", "Кузьмич", "Кузьминична");
        assertPatronymics("Лев", "Львович", "Львовна");
        assertPatronymics("Павел", "Павлович", "Павловна");
        assertPatronymics("Пётр", "Петрович", "Петровна");
        assertPatronymics("Михаил", "Михайлович", "Михайловна");
        assertPatronymics("Дмитрий", "Дмитриевич", "Дмитриевна");
        assertPatronymics("Георгий", "Георгиевич", "Георгиевна");
        assertPatronymics("Яков", "Яковлевич", "Яковлевна");
    }

    @Test
    void everyMaleNameOfTheDataGivesAPatronymic() {
        for (String name : Catalogue.standard().maleNames.all()) {
            assertThat(patronymics.of(name, Sex.M)).as(name).endsWith("ич").hasSizeGreaterThan(name.length());
            assertThat(patronymics.of(name, Sex.F)).as(name).endsWith("на").hasSizeGreaterThan(name.length());
        }
    }
}
