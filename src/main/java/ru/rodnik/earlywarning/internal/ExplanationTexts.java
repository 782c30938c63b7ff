package ru.rodnik.earlywarning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.earlywarning.Contribution;
import ru.rodnik.earlywarning.Explanation;
import ru.rodnik.earlywarning.RuleHit;
import ru.rodnik.earlywarning.ScoringRule;

/** Puts an explanation into words of one language: rule texts from the message bundles, indicator labels. */
@Component
class ExplanationTexts {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    ExplanationTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** An explanation as a page shows it: signals newest first with their indicators, then the rules. */
    record View(
            Instant at,
            double score,
            boolean flagged,
            double threshold,
            List<OrganisationKind> agencies,
            List<SignalView> signals,
            List<RuleView> rules) {}

    record SignalView(
            UUID id, Instant receivedAt, OrganisationKind agency, double points, List<IndicatorView> indicators) {}

    record IndicatorView(String code, String label, int weight, double decay, double points) {}

    record RuleView(ScoringRule rule, String text, double points, boolean flags) {}

    View view(Explanation explanation, Locale locale) {
        Map<UUID, List<Contribution>> bySignal = new LinkedHashMap<>();
        explanation.contributions().stream()
                .sorted(Comparator.comparing(Contribution::receivedAt).reversed())
                .forEach(c -> bySignal.computeIfAbsent(c.signalId(), id -> new ArrayList<>())
                        .add(c));
        List<SignalView> signals = bySignal.values().stream()
                .map(contributions -> {
                    Contribution first = contributions.get(0);
                    return new SignalView(
                            first.signalId(),
                            first.receivedAt(),
                            first.agency(),
                            Math.round(contributions.stream()
                                                    .mapToDouble(Contribution::points)
                                                    .sum()
                                            * 100)
                                    / 100.0,
                            contributions.stream()
                                    .map(c -> new IndicatorView(
                                            c.indicatorCode(), label(c, locale), c.weight(), c.decay(), c.points()))
                                    .toList());
                })
                .toList();
        List<RuleView> rules = explanation.rules().stream()
                .map(hit -> new RuleView(
                        hit.rule(), rule(hit, locale), hit.points(), hit.rule().flags()))
                .toList();
        return new View(
                explanation.at(),
                explanation.score(),
                explanation.flagged(),
                explanation.parameters().threshold(),
                List.copyOf(explanation.agencies()),
                signals,
                rules);
    }

    String rule(RuleHit hit, Locale locale) {
        String label = english(locale) ? hit.labelEn() : hit.labelRu();
        String agencies =
                hit.agencies().stream().map(agency -> agency(agency, locale)).collect(Collectors.joining(", "));
        return messages.getMessage(
                "earlywarning.rule." + hit.rule().name(),
                new Object[] {hit.count(), hit.days(), label == null ? "" : label, agencies},
                locale);
    }

    String agency(OrganisationKind agency, Locale locale) {
        return messages.getMessage("organisation.kind." + agency.name(), null, agency.name(), locale);
    }

    private static String label(Contribution contribution, Locale locale) {
        return english(locale) ? contribution.labelEn() : contribution.labelRu();
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
