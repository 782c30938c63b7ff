package ru.rodnik.intake;

/**
 * An indicator as reported on a signal, with the catalogue's meaning at the time it was reported.
 *
 * @param group the agency group that typically notices it, e.g. {@code SCHOOL}, {@code CLINIC}
 * @param weight the catalogue's default weight, 0–10
 * @param immediate whether it alone means a threat to a child's life or health
 */
public record ReportedIndicator(
        String code, String group, int weight, boolean immediate, String labelRu, String labelEn) {}
