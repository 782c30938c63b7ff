package ru.rodnik.directory.internal;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;

@Controller
@RequestMapping("/admin/api-clients")
class ApiClientPages {

    private final ApiClientAdmin admin;
    private final Directory directory;
    private final FormErrors formErrors;

    ApiClientPages(ApiClientAdmin admin, Directory directory, FormErrors formErrors) {
        this.admin = admin;
        this.directory = directory;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Model model) {
        return page(model, null, null, Map.of());
    }

    @PostMapping
    String issue(
            @RequestParam(required = false) @Nullable UUID organisationId,
            @RequestParam(required = false) @Nullable String name,
            Model model) {
        try {
            ApiClientAdmin.IssuedToken issued = admin.issue(organisationId, name);
            // Rendered directly, never redirected or stored: the token is shown exactly once.
            model.addAttribute("issuedToken", issued.token());
            return page(model, null, null, Map.of());
        } catch (InvalidInputException e) {
            return page(model, organisationId, name, formErrors.of(e));
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        admin.revoke(id);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/admin/api-clients";
    }

    private String page(Model model, @Nullable UUID organisationId, @Nullable String name, Map<String, String> errors) {
        model.addAttribute("clients", admin.list());
        model.addAttribute("organisationList", directory.organisations());
        model.addAttribute(
                "organisations",
                directory.organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity())));
        model.addAttribute("selectedOrganisation", organisationId);
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "directory/api-clients";
    }
}
