package ru.rodnik.earlywarning.internal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.rodnik.earlywarning.ScoringParameters;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;

@Controller
@RequestMapping("/admin/early-warning")
class ScoringSettingsPages {

    /** The form's fields by the rule they set, named after {@link ScoringParameters}' components. */
    static final Map<String, List<String>> GROUPS = groups();

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("score", List.of("threshold", "halfLifeDays", "windowDays"));
        groups.put("multiAgency", List.of("multiAgencyWindowDays", "multiAgencyPoints"));
        groups.put("repeat", List.of("repeatWindowDays", "repeatCount", "repeatPoints"));
        groups.put("repeatedIndicator", List.of("repeatedIndicatorWindowDays", "repeatedIndicatorPoints"));
        groups.put("immediate", List.of("immediateWindowDays"));
        return Collections.unmodifiableMap(groups);
    }

    private final ScoringSettings settings;
    private final FormErrors formErrors;

    ScoringSettingsPages(ScoringSettings settings, FormErrors formErrors) {
        this.settings = settings;
        this.formErrors = formErrors;
    }

    @GetMapping
    String show(Model model) {
        var current = settings.current();
        return page(model, values(current.orElse(ScoringParameters.DEFAULTS)), current.isEmpty(), Map.of());
    }

    @PostMapping
    String save(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        GROUPS.values().stream().flatMap(List::stream).forEach(field -> typed.put(field, form.getOrDefault(field, "")));
        try {
            settings.save(typed);
        } catch (InvalidInputException e) {
            return page(model, typed, false, formErrors.of(e));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/early-warning";
    }

    @PostMapping("/defaults")
    String reset(RedirectAttributes redirect) {
        settings.reset();
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/early-warning";
    }

    static Map<String, String> values(ScoringParameters parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("threshold", number(parameters.threshold()));
        values.put("halfLifeDays", String.valueOf(parameters.halfLifeDays()));
        values.put("windowDays", String.valueOf(parameters.windowDays()));
        values.put("multiAgencyWindowDays", String.valueOf(parameters.multiAgencyWindowDays()));
        values.put("multiAgencyPoints", number(parameters.multiAgencyPoints()));
        values.put("repeatWindowDays", String.valueOf(parameters.repeatWindowDays()));
        values.put("repeatCount", String.valueOf(parameters.repeatCount()));
        values.put("repeatPoints", number(parameters.repeatPoints()));
        values.put("repeatedIndicatorWindowDays", String.valueOf(parameters.repeatedIndicatorWindowDays()));
        values.put("repeatedIndicatorPoints", number(parameters.repeatedIndicatorPoints()));
        values.put("immediateWindowDays", String.valueOf(parameters.immediateWindowDays()));
        return values;
    }

    /** 10 and not 10.0; 2.5 as typed. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String page(Model model, Map<String, String> values, boolean defaults, Map<String, String> errors) {
        model.addAttribute("groups", GROUPS);
        model.addAttribute("values", values);
        model.addAttribute("defaults", values(ScoringParameters.DEFAULTS));
        model.addAttribute("usingDefaults", defaults);
        model.addAttribute("errors", errors);
        return "earlywarning/scoring-settings";
    }
}
