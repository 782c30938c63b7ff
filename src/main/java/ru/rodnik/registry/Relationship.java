package ru.rodnik.registry;

/** A relationship as seen from one person: what they are to the other. */
public record Relationship(RelationshipKind kind, Person other, boolean outgoing) {}
