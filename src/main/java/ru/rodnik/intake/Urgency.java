package ru.rodnik.intake;

/** How fast the family centre must screen a signal (DESIGN.md §3: IMMEDIATE within 24 hours). */
public enum Urgency {
    /** A threat to a child's life or health. */
    IMMEDIATE,
    STANDARD
}
