package ru.rodnik.linkage.internal;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.rodnik.linkage.SubjectLink;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.registry.Sex;

@Controller
class PersonRegistrationPages {

    private final ManualRegistration registration;
    private final FormErrors formErrors;

    PersonRegistrationPages(ManualRegistration registration, FormErrors formErrors) {
        this.registration = registration;
        this.formErrors = formErrors;
    }

    @GetMapping("/persons/new")
    String form(Model model) {
        return form(model, NewPersonForm.empty(), Map.of());
    }

    @PostMapping("/persons/new")
    String register(@ModelAttribute("form") NewPersonForm form, Model model, RedirectAttributes redirect) {
        SubjectLink link;
        try {
            link = registration.register(form.details());
        } catch (InvalidInputException e) {
            return form(model, form, formErrors.of(e));
        }
        redirect.addFlashAttribute("registration", link.status().name());
        return switch (link.status()) {
            case NEEDS_REVIEW -> "redirect:/linkage/reviews/" + link.decisionId();
            default -> "redirect:/persons/" + link.person();
        };
    }

    private String form(Model model, NewPersonForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sexes", Sex.values());
        return "linkage/person-new";
    }
}
