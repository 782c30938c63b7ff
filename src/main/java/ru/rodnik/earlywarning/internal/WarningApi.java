package ru.rodnik.earlywarning.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.rodnik.earlywarning.Contribution;
import ru.rodnik.earlywarning.Explanation;
import ru.rodnik.earlywarning.RuleHit;
import ru.rodnik.registry.FamilyId;

@RestController
@Tag(name = "Early warning", description = "Оценка риска семьи с объяснением (только для семейных центров)")
class WarningApi {

    private final AttentionList attention;
    private final ExplanationTexts texts;

    WarningApi(AttentionList attention, ExplanationTexts texts) {
        this.attention = attention;
        this.texts = texts;
    }

    record Warning(
            String familyId,
            Instant computedAt,
            double score,
            double threshold,
            boolean flagged,
            List<String> agencies,
            List<ContributionItem> contributions,
            List<RuleItem> rules) {}

    record ContributionItem(
            String signalId,
            Instant receivedAt,
            String agency,
            String indicator,
            String labelRu,
            String labelEn,
            int weight,
            double decay,
            double points) {}

    record RuleItem(
            String code,
            double points,
            boolean flags,
            String textRu,
            String textEn,
            List<String> signalIds,
            @Nullable String indicator) {}

    @GetMapping("/api/v1/families/{id}/warning")
    @Operation(summary = "The family's current early-warning score, with every contribution and rule that fired")
    Warning warning(@PathVariable UUID id) {
        Explanation explanation = attention.current(new FamilyId(id));
        return new Warning(
                id.toString(),
                explanation.at(),
                explanation.score(),
                explanation.parameters().threshold(),
                explanation.flagged(),
                explanation.agencies().stream().map(Enum::name).toList(),
                explanation.contributions().stream().map(WarningApi::item).toList(),
                explanation.rules().stream().map(this::item).toList());
    }

    private static ContributionItem item(Contribution c) {
        return new ContributionItem(
                c.signalId().toString(),
                c.receivedAt(),
                c.agency().name(),
                c.indicatorCode(),
                c.labelRu(),
                c.labelEn(),
                c.weight(),
                c.decay(),
                c.points());
    }

    private RuleItem item(RuleHit hit) {
        return new RuleItem(
                hit.rule().name(),
                hit.points(),
                hit.rule().flags(),
                texts.rule(hit, ExplanationTexts.RUSSIAN),
                texts.rule(hit, Locale.ENGLISH),
                hit.signals().stream().map(UUID::toString).toList(),
                hit.indicatorCode());
    }
}
