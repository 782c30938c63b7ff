package ru.rodnik.intake.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;

@Controller
@RequestMapping("/admin/screening-deadlines")
class DeadlineSettingsPages {

    private final DeadlineSettings settings;
    private final FormErrors formErrors;

    DeadlineSettingsPages(DeadlineSettings settings, FormErrors formErrors) {
        this.settings = settings;
        this.formErrors = formErrors;
    }

    @GetMapping
    String show(Model model) {
        ScreeningDeadlines.Settings current = settings.current();
        return page(
                model,
                String.valueOf(current.immediateHours()),
                String.valueOf(current.standardWorkingDays()),
                Map.of());
    }

    @PostMapping
    String save(
            @RequestParam(required = false) @Nullable String immediateHours,
            @RequestParam(required = false) @Nullable String standardWorkingDays,
            Model model,
            RedirectAttributes redirect) {
        try {
            settings.save(immediateHours, standardWorkingDays);
        } catch (InvalidInputException e) {
            return page(model, immediateHours, standardWorkingDays, formErrors.of(e));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/screening-deadlines";
    }

    private static String page(
            Model model,
            @Nullable String immediateHours,
            @Nullable String standardWorkingDays,
            Map<String, String> errors) {
        model.addAttribute("immediateHours", immediateHours);
        model.addAttribute("standardWorkingDays", standardWorkingDays);
        model.addAttribute("defaults", ScreeningDeadlines.DEFAULTS);
        model.addAttribute("errors", errors);
        return "intake/screening-deadlines";
    }
}
