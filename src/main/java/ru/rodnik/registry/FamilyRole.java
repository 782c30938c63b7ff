package ru.rodnik.registry;

/** The place of a person in a family (household), as DESIGN.md §2 names it. */
public enum FamilyRole {
    CHILD,
    MOTHER,
    FATHER,
    LEGAL_REP,
    OTHER_ADULT
}
