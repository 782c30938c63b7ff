package ru.rodnik.registry;

/** A merge was undone: the duplicate stands on its own again. */
public record PersonsUnmerged(PersonId survivor, PersonId duplicate) {}
