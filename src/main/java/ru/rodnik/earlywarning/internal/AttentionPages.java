package ru.rodnik.earlywarning.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.rodnik.registry.Family;
import ru.rodnik.registry.FamilyId;

@Controller
@RequestMapping("/attention")
class AttentionPages {

    private final AttentionList attention;
    private final ExplanationTexts texts;
    private final ZoneId zone;

    AttentionPages(AttentionList attention, ExplanationTexts texts, @Value("${rodnik.time-zone}") ZoneId zone) {
        this.attention = attention;
        this.texts = texts;
        this.zone = zone;
    }

    /** A flagged family as the list shows it. */
    record Card(FamilyId id, Family family, ExplanationTexts.View explanation) {}

    /** One stored change of the score. */
    record Change(ExplanationTexts.View explanation, boolean triggeredBySignal) {}

    @GetMapping
    String list(Model model, Locale locale) {
        AttentionList.Page page = attention.flagged();
        List<Card> cards = page.items().stream()
                .filter(item -> item.family() != null)
                .map(item -> new Card(
                        item.warning().familyId(),
                        item.family(),
                        texts.view(item.warning().explanation(), locale)))
                .toList();
        model.addAttribute("cards", cards);
        model.addAttribute("total", page.total());
        model.addAttribute("zone", zone);
        return "earlywarning/attention";
    }

    @GetMapping("/families/{id}")
    String history(@PathVariable UUID id, Model model, Locale locale) {
        AttentionList.History history = attention.history(new FamilyId(id));
        ExplanationTexts.View current = texts.view(history.current(), locale);
        model.addAttribute("family", history.family());
        model.addAttribute("current", current);
        model.addAttribute(
                "changes",
                history.changes().stream()
                        .map(change ->
                                new Change(texts.view(change.explanation(), locale), change.triggerSignal() != null))
                        .toList());
        model.addAttribute(
                "chart",
                ScoreChart.of(
                        history.changes().stream()
                                .map(change ->
                                        new ScoreChart.Point(change.computedAt(), change.score(), change.flagged()))
                                .toList(),
                        current.threshold()));
        model.addAttribute("zone", zone);
        return "earlywarning/history";
    }
}
