package ru.rodnik.linkage.internal;

import java.time.LocalDate;
import java.util.Set;
import ru.rodnik.registry.Sex;

/**
 * Records as the caller would build them, with normalised values written out by hand: lower case Cyrillic, keys and
 * phonetic keys as a normaliser would give them. The phonetic keys are made up but consistent.
 */
final class People {

    static final String PUSHKINO = "46658000";
    static final String NOVOSIBIRSK = "50701000";
    static final String LESNAYA_5_12 = "пушкиноуллеснаяд5кв12";

    private People() {}

    /** Семенова Наталья Игоревна, 12.05.2010. */
    static LinkageRecord.Builder semenovaNatalya() {
        return LinkageRecord.builder()
                .surname("семенова", "семенов", "смнф")
                .givenName("наталья", Set.of("наталья"), "нтл")
                .patronymic("игоревна")
                .birthDate(LocalDate.of(2010, 5, 12))
                .sex(Sex.F);
    }

    /** Иванов Пётр Сергеевич, 02.03.2016, at Лесная 5-12. */
    static LinkageRecord.Builder ivanovPetr() {
        return LinkageRecord.builder()
                .surname("иванов", "иванов", "ифнф")
                .givenName("петр", Set.of("петр"), "птр")
                .patronymic("сергеевич")
                .birthDate(LocalDate.of(2016, 3, 2))
                .sex(Sex.M)
                .territoryCode(PUSHKINO)
                .address(LESNAYA_5_12);
    }

    /** Пётр's twin brother Павел. */
    static LinkageRecord.Builder ivanovPavel() {
        return ivanovPetr().givenName("павел", Set.of("павел"), "пфл");
    }

    /** Иванова Мария Петровна, 14.07.1990: a mother. */
    static LinkageRecord.Builder ivanovaMaria() {
        return LinkageRecord.builder()
                .surname("иванова", "иванов", "ифнф")
                .givenName("мария", Set.of("мария"), "мр")
                .patronymic("петровна")
                .birthDate(LocalDate.of(1990, 7, 14))
                .sex(Sex.F)
                .territoryCode(PUSHKINO);
    }

    /** Иванова Анна Сергеевна, 15.04.2012: the commonest of names. */
    static LinkageRecord.Builder ivanovaAnna() {
        return LinkageRecord.builder()
                .surname("иванова", "иванов", "ифнф")
                .givenName("анна", Set.of("анна"), "ан")
                .patronymic("сергеевна")
                .birthDate(LocalDate.of(2012, 4, 15))
                .sex(Sex.F)
                .territoryCode(PUSHKINO);
    }
}
