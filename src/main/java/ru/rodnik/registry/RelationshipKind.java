package ru.rodnik.registry;

/** How one person stands to another, read as "person — kind — related person" (мать PARENT_OF ребёнка). */
public enum RelationshipKind {
    PARENT_OF,
    GUARDIAN_OF,
    SIBLING_OF,
    PARTNER_OF
}
