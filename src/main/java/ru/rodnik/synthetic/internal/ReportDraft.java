package ru.rodnik.synthetic.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import ru.rodnik.registry.Sex;
import ru.rodnik.synthetic.SyntheticFamily.Role;
import ru.rodnik.synthetic.SyntheticPerson;

/** The fields of a report while noise is being applied to them; starts as an exact copy of the truth. */
final class ReportDraft {

    final Role role;
    final Sex sex;
    final @Nullable String maidenName;
    final String truthFirstName;

    @Nullable
    String lastName;

    @Nullable
    String firstName;

    @Nullable
    String patronymic;

    @Nullable
    LocalDate birthDate;
    /** Digits only while noise is applied; spelled the agency's way afterwards. */
    @Nullable
    String snils;

    boolean birthDateDistorted;
    boolean snilsDistorted;
    boolean latin;

    ReportDraft(SyntheticPerson person, Role role) {
        this.role = role;
        this.sex = person.sex();
        this.maidenName = person.maidenName();
        this.truthFirstName = person.firstName();
        this.lastName = person.lastName();
        this.firstName = person.firstName();
        this.patronymic = person.patronymic();
        this.birthDate = person.birthDate();
        this.snils = person.snils();
    }
}
