package ru.rodnik.synthetic.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Who raises the children. Shares are hand-set from what family-centre caseloads look like: a father in about two
 * families of three, many single mothers, a few children raised by a guardian (mostly a grandmother) instead.
 */
enum Household {
    /** Mother and father married; the mother usually took his surname. */
    MARRIED(50, true, true),
    /** Mother and father not married: she keeps her own surname; the children usually take his. */
    COHABITING(12, true, true),
    /** The father left; the children keep his surname, the mother mostly keeps his too. */
    DIVORCED_MOTHER(14, true, false),
    /** The father never was in the family: the children carry the mother's surname. */
    SINGLE_MOTHER(14, true, false),
    SINGLE_FATHER(2.5, false, true),
    /** No parent at home: a guardian is the children's legal representative. */
    GUARDIAN(3.5, false, false);

    static final WeightedChoice<Household> CHOICE = new WeightedChoice<>(
            List.of(values()),
            Arrays.stream(values()).mapToDouble(h -> h.weight).toArray());

    private final double weight;
    final boolean mother;
    final boolean father;

    Household(double weight, boolean mother, boolean father) {
        this.weight = weight;
        this.mother = mother;
        this.father = father;
    }
}
