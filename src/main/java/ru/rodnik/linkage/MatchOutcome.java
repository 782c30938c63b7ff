package ru.rodnik.linkage;

/** What happens to a subject after it has been compared with its best candidate. */
public enum MatchOutcome {
    /** Strong enough to attach the subject to the candidate without a person looking. */
    AUTO_LINK,
    /** Neither clearly the same person nor clearly another: a screener decides. */
    REVIEW,
    /** No candidate is close enough: the subject becomes a new person. */
    NEW_PERSON;

    /** The weaker of the two outcomes, for rules that may only lower a decision. */
    public MatchOutcome atMost(MatchOutcome cap) {
        return compareTo(cap) >= 0 ? this : cap;
    }
}
