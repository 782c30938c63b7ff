package ru.rodnik.synthetic.internal;

import org.jspecify.annotations.Nullable;
import ru.rodnik.synthetic.SyntheticFamily;
import ru.rodnik.synthetic.SyntheticFamily.Member;
import ru.rodnik.synthetic.SyntheticPerson;

/**
 * The letter ё, optional in Russian writing: many passports and birth certificates spell Семёнова as Семенова. A
 * family whose documents were written without it keeps that spelling in the truth, consistently for all its members.
 */
final class YoSpelling {

    private YoSpelling() {}

    /** The same instance when there is no ё. */
    static @Nullable String withoutYo(@Nullable String name) {
        if (name == null || (name.indexOf('ё') < 0 && name.indexOf('Ё') < 0)) {
            return name;
        }
        return name.replace('ё', 'е').replace('Ё', 'Е');
    }

    static SyntheticFamily withoutYo(SyntheticFamily family) {
        return new SyntheticFamily(
                family.familyId(),
                family.members().stream()
                        .map(member -> new Member(withoutYo(member.person()), member.role()))
                        .toList(),
                family.territoryCode(),
                family.addressText());
    }

    private static SyntheticPerson withoutYo(SyntheticPerson person) {
        return new SyntheticPerson(
                person.truthId(),
                withoutYo(person.lastName()),
                withoutYo(person.firstName()),
                withoutYo(person.patronymic()),
                person.birthDate(),
                person.sex(),
                person.snils(),
                person.birthCertificate(),
                person.phone(),
                withoutYo(person.maidenName()));
    }
}
