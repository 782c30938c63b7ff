package ru.rodnik.intake.internal;

/**
 * A sign of family distress from the catalogue.
 *
 * @param weight default weight 0..10 for early warning
 * @param immediate the indicator alone means a threat to a child's life or health: the signal becomes IMMEDIATE
 */
record Indicator(String code, IndicatorGroup group, int weight, boolean immediate, String labelRu, String labelEn) {}
