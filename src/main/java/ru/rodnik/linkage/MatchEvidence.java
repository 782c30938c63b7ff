package ru.rodnik.linkage;

/**
 * One line of a decision's explanation: how a feature compared and how many bits of evidence that level carries.
 *
 * @param feature the compared feature, e.g. {@code SURNAME}, {@code BIRTH_DATE}
 * @param level the level it reached, e.g. {@code PHONETIC}, {@code DAY_MONTH_SWAPPED}
 * @param weight log2(m/u) of that level: positive speaks for one person, negative against; 0 when missing
 */
public record MatchEvidence(String feature, String level, double weight) {}
