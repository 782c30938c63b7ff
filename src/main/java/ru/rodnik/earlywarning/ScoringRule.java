package ru.rodnik.earlywarning;

/**
 * The rules beside the sum of decayed indicator weights. Each fired rule appears in the explanation with its points
 * and a text ({@code earlywarning.rule.<CODE>} in the message bundles).
 */
public enum ScoringRule {
    /** Signals from two or more kinds of agency within the multi-agency window. */
    MULTI_AGENCY(false),
    /** Several signals within a short window. */
    REPEATED_SIGNALS(false),
    /** The same indicator reported by more than one signal within the window. */
    REPEATED_INDICATOR(false),
    /** A recent indicator that alone means a threat to a child's life or health: flags the family. */
    IMMEDIATE_INDICATOR(true),
    /** A recent signal reported as urgent (IMMEDIATE): flags the family. */
    URGENT_SIGNAL(true);

    private final boolean flags;

    ScoringRule(boolean flags) {
        this.flags = flags;
    }

    /** Whether the rule flags the family whatever its score. */
    public boolean flags() {
        return flags;
    }
}
