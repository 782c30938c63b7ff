package ru.rodnik.intake.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Territory;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.RodnikUser;
import ru.rodnik.registry.FamilyRole;
import ru.rodnik.registry.Sex;

/**
 * A reporter's pages: the signal form (made for a phone: one column, groups of indicators that fold), the list of
 * the signals they sent with what became of each, and one signal's status. Nothing of the family's file is shown.
 */
@Controller
@RequestMapping("/signals")
class ReporterPages {

    private static final Pattern SUBJECT_FIELD = Pattern.compile("^subjects\\[(\\d+)](.*)$");

    private final SignalIntake intake;
    private final SignalLabels labels;
    private final IndicatorCatalogue catalogue;
    private final Directory directory;
    private final FormErrors formErrors;

    ReporterPages(
            SignalIntake intake,
            SignalLabels labels,
            IndicatorCatalogue catalogue,
            Directory directory,
            FormErrors formErrors) {
        this.intake = intake;
        this.labels = labels;
        this.catalogue = catalogue;
        this.directory = directory;
        this.formErrors = formErrors;
    }

    @GetMapping
    String mine(Model model) {
        List<SignalRepository.SignalLine> mine = intake.mine();
        model.addAttribute("signals", mine);
        model.addAttribute("labels", labels);
        model.addAttribute(
                "organisations", labels.organisations(mine.stream().map(SignalRepository.SignalLine::referredTo)));
        model.addAttribute("indicators", labels.indicators());
        return "intake/my-signals";
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal RodnikUser user, Model model) {
        return formPage(SignalForm.blank(user.displayName()), Map.of(), user, model);
    }

    /** One more person block for the form, fetched by htmx when the reporter asks for it. */
    @GetMapping("/new/subject")
    String subjectRow(@RequestParam int index, Model model) {
        model.addAttribute("index", Math.max(0, Math.min(index, SignalForm.MAX_SUBJECTS - 1)));
        model.addAttribute("row", SignalForm.SubjectRow.of(""));
        model.addAttribute("errors", Map.of());
        model.addAttribute("roles", FamilyRole.values());
        model.addAttribute("sexes", Sex.values());
        return "intake/signal-form :: subject-only";
    }

    @PostMapping("/new")
    String send(
            @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal RodnikUser user,
            Model model,
            RedirectAttributes redirect) {
        SignalForm form = SignalForm.from(params);
        SignalIntake.Intake received;
        try {
            received = intake.receive(form.report(), "form:" + form.formId());
        } catch (InvalidInputException e) {
            return formPage(form, onForm(formErrors.of(e), form.positions()), user, model);
        }
        redirect.addFlashAttribute("sent", true);
        return "redirect:/signals/" + received.signal().id();
    }

    @GetMapping("/{id}")
    String signal(@PathVariable UUID id, Model model) {
        Signal signal = intake.read(id).signal();
        model.addAttribute("signal", signal);
        model.addAttribute("labels", labels);
        model.addAttribute("organisations", labels.referralTarget(signal));
        model.addAttribute("indicators", labels.indicators());
        return "intake/my-signal";
    }

    private String formPage(SignalForm form, Map<String, String> errors, RodnikUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("groups", groups(user));
        model.addAttribute("territories", territories(user));
        model.addAttribute("roles", FamilyRole.values());
        model.addAttribute("sexes", Sex.values());
        return "intake/signal-form";
    }

    /** The catalogue's groups with their indicators, the group of the reporter's own kind of agency first. */
    private Map<IndicatorGroup, List<Indicator>> groups(RodnikUser user) {
        IndicatorGroup own = directory
                .organisation(user.organisationId())
                .map(o -> IndicatorGroup.typicalOf(o.kind()))
                .orElse(IndicatorGroup.COMMUNITY);
        Map<IndicatorGroup, List<Indicator>> groups = new LinkedHashMap<>();
        groups.put(own, List.of());
        for (IndicatorGroup group : IndicatorGroup.values()) {
            groups.put(
                    group,
                    catalogue.all().stream()
                            .filter(i -> i.group() == group)
                            .sorted(Comparator.comparing(Indicator::labelRu))
                            .toList());
        }
        return groups;
    }

    private List<Territory> territories(RodnikUser user) {
        return directory.territories().stream()
                .filter(t -> t.regionCode().equals(user.regionCode()))
                .toList();
    }

    /** Moves errors about the report's n-th subject to the form row it came from. */
    private static Map<String, String> onForm(Map<String, String> errors, List<Integer> positions) {
        Map<String, String> moved = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            Matcher subject = SUBJECT_FIELD.matcher(field);
            if (subject.matches()) {
                int index = Integer.parseInt(subject.group(1));
                @Nullable Integer row = index < positions.size() ? positions.get(index) : null;
                moved.putIfAbsent(
                        "subjects[" + Objects.requireNonNullElse(row, index) + "]" + subject.group(2), message);
            } else {
                moved.putIfAbsent(field.startsWith("indicators[") ? "indicators" : field, message);
            }
        });
        return moved;
    }
}
