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
 */
record Scores(
        LinkQuality atUpper,
        LinkQuality atLower,
        LinkQuality exact,
        Map<LinkStatus, Integer> registeredOutcomes,
        Map<LinkStatus, Integer> outsiderOutcomes) {

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
     * @param reviewCandidates the best candidate of each decision sent to review
     * @param exactTruth the true identity of the person the baseline linked each report to, null for no link
     */
    static Scores of(
            List<SampledReport> reports,
            List<@Nullable SubjectLink> links,
            Map<PersonId, UUID> registered,
            Map<UUID, PersonId> reviewCandidates,
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
                upper.link(truth.equals(truthOf.get(link.person())));
                lower.link(truth.equals(truthOf.get(link.person())));
            } else if (link.status() == LinkStatus.NEEDS_REVIEW) {
                PersonId candidate = reviewCandidates.get(link.decisionId());
                if (candidate != null) {
                    lower.link(truth.equals(truthOf.get(candidate)));
                }
            }
            UUID exactLink = exactTruth.get(i);
            if (exactLink != null) {
                exact.link(truth.equals(exactLink));
            }
        }
        return new Scores(upper.quality(), lower.quality(), exact.quality(), registeredOutcomes, outsiderOutcomes);
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
