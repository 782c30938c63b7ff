package ru.rodnik.benchmark;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.rodnik.linkage.LinkStatus;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.registry.PersonId;

/**
 * The linkage run held against the truth.
 *
 * <p>A link is right when it points to a record of the report's person: the registered one, or a new person that an
 * earlier report about the same human being created. Reports about registered persons are what can be linked
 * ({@link LinkQuality#linkable()}); every link of an outsider's report is wrong.
 *
 * @param atUpper automatic links only: what happens without a screener
 * @param atLower automatic links and the best candidate of every review, as if screeners agreed with the engine
 * @param exact the exact-match baseline on the same reports
 * @param registeredOutcomes what became of the reports about registered persons
 * @param outsiderOutcomes what became of the outsiders' reports
 * @param misses why reports about registered persons were not linked automatically
 */
record Scores(
        LinkQuality atUpper,
        LinkQuality atLower,
        LinkQuality exact,
        Map<LinkStatus, Integer> registeredOutcomes,
        Map<LinkStatus, Integer> outsiderOutcomes,
        Misses misses) {

    /**
     * Reports about registered persons that were not linked automatically, by where their person stood among the
     * candidates stored with the decision (the best five by score of those blocking found).
     *
     * @param reviewFirst sent to review with the right person first
     * @param reviewOther sent to review with the right person lower or not among them
     * @param newPersonAmongCandidates taken for a new person although the right person was a candidate (too far)
     * @param newPersonNotFound taken for a new person without the right person among the candidates: blocking did not
     *     find it, or it scored below five others
     * @param notFoundNoise how often each combination of the generator's noise occurs on those last reports
     */
    record Misses(
            int reviewFirst,
            int reviewOther,
            int newPersonAmongCandidates,
            int newPersonNotFound,
            Map<String, Integer> notFoundNoise) {}

    int linked() {
        return registeredOutcomes.values().stream().mapToInt(Integer::intValue).sum()
                + outsiderOutcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    double share(LinkStatus status) {
        return (registeredOutcomes.getOrDefault(status, 0) + outsiderOutcomes.getOrDefault(status, 0))
                / (double) linked();
    }

    /**
     * @param links the engine's link of each report, null where the call failed
     * @param registered who each registered person the reports are about truly is
     * @param candidates the stored candidates of each decision not linked automatically, best first
     * @param exactTruth the true identity of the person the baseline linked each report to, null for no link
     */
    static Scores of(
            List<SampledReport> reports,
            List<@Nullable SubjectLink> links,
            Map<PersonId, UUID> registered,
            Map<UUID, List<PersonId>> candidates,
            List<@Nullable UUID> exactTruth) {
        Map<PersonId, UUID> truthOf = new HashMap<>(registered);
        for (int i = 0; i < reports.size(); i++) {
            SubjectLink link = links.get(i);
            if (link != null && link.status() == LinkStatus.NEW_PERSON && link.person() != null) {
                truthOf.put(link.person(), reports.get(i).report().truthPersonId());
            }
        }
        Tally upper = new Tally();
        Tally lower = new Tally();
        Tally exact = new Tally();
        Map<LinkStatus, Integer> registeredOutcomes = new EnumMap<>(LinkStatus.class);
        Map<LinkStatus, Integer> outsiderOutcomes = new EnumMap<>(LinkStatus.class);
        int[] misses = new int[4];
        Map<String, Integer> notFoundNoise = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            SampledReport report = reports.get(i);
            SubjectLink link = links.get(i);
            if (link == null) {
                continue;
            }
            UUID truth = report.report().truthPersonId();
            (report.registered() ? registeredOutcomes : outsiderOutcomes).merge(link.status(), 1, Integer::sum);
            if (report.registered()) {
                upper.linkable++;
                lower.linkable++;
                exact.linkable++;
            }
            if (link.status() == LinkStatus.AUTO_LINKED) {
                if (!truth.equals(truthOf.get(link.person()))) {
                    // Only an id and the generator's noise: enough to look the decision up in the benchmark database.
                    System.out.println("[benchmark] wrong automatic link: decision " + link.decisionId() + ", noise "
                            + String.join("+", report.report().noiseApplied())
                            + (report.registered() ? "" : ", outsider"));
                }
                upper.link(truth.equals(truthOf.get(link.person())));
                lower.link(truth.equals(truthOf.get(link.person())));
            } else {
                List<PersonId> stored = candidates.getOrDefault(link.decisionId(), List.of());
                boolean first = !stored.isEmpty() && truth.equals(truthOf.get(stored.get(0)));
                boolean among = stored.stream().anyMatch(candidate -> truth.equals(truthOf.get(candidate)));
                if (link.status() == LinkStatus.NEEDS_REVIEW) {
                    if (!stored.isEmpty()) {
                        lower.link(first);
                    }
                    if (report.registered()) {
                        misses[first ? 0 : 1]++;
                    }
                } else if (report.registered()) {
                    misses[among ? 2 : 3]++;
                    if (!among) {
                        notFoundNoise.merge(String.join("+", report.report().noiseApplied()), 1, Integer::sum);
                    }
                }
            }
            UUID exactLink = exactTruth.get(i);
            if (exactLink != null) {
                exact.link(truth.equals(exactLink));
            }
        }
        return new Scores(
                upper.quality(),
                lower.quality(),
                exact.quality(),
                registeredOutcomes,
                outsiderOutcomes,
                new Misses(misses[0], misses[1], misses[2], misses[3], notFoundNoise));
    }

    private static final class Tally {
        int links;
        int correct;
        int linkable;

        void link(boolean right) {
            links++;
            if (right) {
                correct++;
            }
        }

        LinkQuality quality() {
            return new LinkQuality(links, correct, linkable);
        }
    }
}
