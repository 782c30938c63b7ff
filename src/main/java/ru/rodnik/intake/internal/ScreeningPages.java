package ru.rodnik.intake.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.rodnik.intake.ScreeningDecision;
import ru.rodnik.platform.ConcurrentChangeException;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;

/** The screening queue of a family centre and the page where a screener decides about one signal. */
@Controller
@RequestMapping("/screening")
class ScreeningPages {

    private final Screening screening;
    private final SignalLabels labels;
    private final FormErrors formErrors;

    ScreeningPages(Screening screening, SignalLabels labels, FormErrors formErrors) {
        this.screening = screening;
        this.labels = labels;
        this.formErrors = formErrors;
    }

    @GetMapping
    String queue(Model model) {
        List<SignalRepository.SignalLine> decided = screening.decided();
        queueModel(model, decided);
        model.addAttribute("decided", decided);
        return "intake/screening";
    }

    /** The queue's rows alone, which the page fetches again every 30 seconds so that the timers stay true. */
    @GetMapping("/rows")
    String rows(Model model) {
        queueModel(model, List.of());
        return "intake/screening :: rows";
    }

    private void queueModel(Model model, List<SignalRepository.SignalLine> decided) {
        Screening.Queue queue = screening.queue();
        model.addAttribute("queue", queue);
        model.addAttribute("labels", labels);
        model.addAttribute(
                "organisations",
                labels.organisations(Stream.concat(queue.lines().stream(), decided.stream())
                        .map(SignalRepository.SignalLine::organisationId)));
        model.addAttribute(
                "territories",
                labels.territories(queue.lines().stream().map(SignalRepository.SignalLine::territoryCode)));
        model.addAttribute("indicators", labels.indicators());
    }

    @GetMapping("/signals/{id}")
    String item(@PathVariable UUID id, Model model) {
        return itemPage(id, model, new Screening.DecisionForm(null, null, null, -1), Map.of());
    }

    @PostMapping("/signals/{id}/decision")
    String decide(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable ScreeningDecision decision,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable UUID referredTo,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        var form = new Screening.DecisionForm(decision, reason, referredTo, version);
        try {
            screening.decide(id, form);
        } catch (InvalidInputException e) {
            return itemPage(id, model, form, formErrors.of(e));
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("stale", true);
            return "redirect:/screening/signals/" + id;
        }
        redirect.addFlashAttribute("justDecided", decision);
        return "redirect:/screening";
    }

    private String itemPage(UUID id, Model model, Screening.DecisionForm form, Map<String, String> errors) {
        Screening.Item item = screening.item(id);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("decisions", ScreeningDecision.values());
        model.addAttribute("labels", labels);
        Signal signal = item.signal();
        model.addAttribute(
                "territories", labels.territories(Stream.of(signal.report().territoryCode())));
        model.addAttribute("organisations", labels.referralTarget(signal));
        return "intake/screening-signal";
    }
}
