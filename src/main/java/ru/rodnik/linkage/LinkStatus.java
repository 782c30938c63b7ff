package ru.rodnik.linkage;

/** What became of a subject, as the signal's API reports it ({@code subjects[].match}). */
public enum LinkStatus {
    /** Linked to an existing person without a screener. */
    AUTO_LINKED,
    /** Waiting for a screener to say who it is. */
    NEEDS_REVIEW,
    /** A screener confirmed the link to an existing person. */
    CONFIRMED,
    /** Recorded as a new person, by the engine or because a screener rejected every candidate. */
    NEW_PERSON
}
