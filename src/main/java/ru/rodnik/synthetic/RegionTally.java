package ru.rodnik.synthetic;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Counts of a generated region, for the command's summary and for judging whether a region looks right. */
final class RegionTally {

    private long families;
    private long persons;
    private long children;
    private long childrenUnderFour;
    private long reports;
    private final long[] reportsByNoiseCount = new long[4];
    private final Map<NoiseKind, Long> noise = new EnumMap<>(NoiseKind.class);

    void add(GeneratedFamily generated, LocalDate asOf) {
        families++;
        for (SyntheticFamily.Member member : generated.family().members()) {
            persons++;
            if (member.role() == SyntheticFamily.Role.CHILD) {
                children++;
                if (member.person().ageOn(asOf) < 4) {
                    childrenUnderFour++;
                }
            }
        }
        for (SyntheticReport report : generated.reports()) {
            reports++;
            reportsByNoiseCount[Math.min(3, report.noiseApplied().size())]++;
            for (String applied : report.noiseApplied()) {
                int colon = applied.indexOf(':');
                noise.merge(NoiseKind.valueOf(colon < 0 ? applied : applied.substring(0, colon)), 1L, Long::sum);
            }
        }
    }

    long persons() {
        return persons;
    }

    String summary() {
        StringBuilder text = new StringBuilder()
                .append("families ")
                .append(families)
                .append(", persons ")
                .append(persons)
                .append(", children ")
                .append(children)
                .append(String.format(Locale.ROOT, " (under 4: %.1f%%)", percent(childrenUnderFour, children)))
                .append(", reports ")
                .append(reports)
                .append('\n')
                .append(String.format(
                        Locale.ROOT,
                        "reports with 0 / 1 / 2 / 3+ distortions: %.1f%% / %.1f%% / %.1f%% / %.1f%%",
                        percent(reportsByNoiseCount[0], reports),
                        percent(reportsByNoiseCount[1], reports),
                        percent(reportsByNoiseCount[2], reports),
                        percent(reportsByNoiseCount[3], reports)))
                .append('\n')
                .append("distortions, share of reports:");
        noise.forEach((kind, count) ->
                text.append(String.format(Locale.ROOT, "%n  %-30s %6.2f%%", kind, percent(count, reports))));
        return text.toString();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
