package ru.rodnik.directory.internal;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.directory.OrganisationKind;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;

@Controller
@RequestMapping("/admin/organisations")
class OrganisationPages {

    private final OrganisationAdmin admin;
    private final Directory directory;
    private final FormErrors formErrors;

    OrganisationPages(OrganisationAdmin admin, Directory directory, FormErrors formErrors) {
        this.admin = admin;
        this.directory = directory;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", directory.organisations());
        return "directory/organisations";
    }

    @GetMapping("/new")
    String newOrganisation(Model model) {
        var empty = new OrganisationAdmin.OrganisationForm(null, null, null, null, null, null, null, true, 0);
        return form(model, null, empty, Map.of());
    }

    @PostMapping
    String create(
            @ModelAttribute("form") OrganisationAdmin.OrganisationForm form, Model model, RedirectAttributes redirect) {
        try {
            admin.create(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/organisations";
        } catch (InvalidInputException e) {
            return form(model, null, form, formErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Organisation o = find(id);
        var form = new OrganisationAdmin.OrganisationForm(
                o.kind(),
                o.name(),
                o.shortName(),
                o.territoryCode(),
                o.address(),
                o.phone(),
                o.email(),
                o.enabled(),
                o.version());
        return form(model, id, form, Map.of());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") OrganisationAdmin.OrganisationForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            admin.update(id, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/organisations";
        } catch (InvalidInputException e) {
            find(id);
            return form(model, id, form, formErrors.of(e));
        }
    }

    private Organisation find(UUID id) {
        return directory.organisation(id).orElseThrow(() -> new NotFoundException("ORGANISATION", id));
    }

    private String form(Model model, UUID id, OrganisationAdmin.OrganisationForm form, Map<String, String> errors) {
        model.addAttribute("organisationId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("territories", directory.territories());
        return "directory/organisation-form";
    }
}
