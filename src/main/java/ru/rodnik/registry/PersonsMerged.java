package ru.rodnik.registry;

/** A duplicate was found to be the same human being as the survivor. */
public record PersonsMerged(PersonId survivor, PersonId duplicate) {}
