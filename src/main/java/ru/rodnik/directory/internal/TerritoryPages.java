package ru.rodnik.directory.internal;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Territory;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;

@Controller
@RequestMapping("/admin/territories")
class TerritoryPages {

    private final TerritoryAdmin admin;
    private final Directory directory;
    private final FormErrors formErrors;

    TerritoryPages(TerritoryAdmin admin, Directory directory, FormErrors formErrors) {
        this.admin = admin;
        this.directory = directory;
        this.formErrors = formErrors;
    }

    @GetMapping
    String list(Model model) {
        return listWith(model, new TerritoryAdmin.NewTerritory(null, null, null, null), Map.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") TerritoryAdmin.NewTerritory form, Model model, RedirectAttributes redirect) {
        try {
            Territory territory = admin.create(form);
            redirect.addFlashAttribute("created", territory.code());
            return "redirect:/admin/territories";
        } catch (InvalidInputException e) {
            return listWith(model, form, formErrors.of(e));
        }
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        Territory territory = directory.territory(code).orElseThrow(() -> new NotFoundException("TERRITORY", code));
        return editWith(
                model,
                territory,
                new TerritoryAdmin.TerritoryChange(territory.name(), territory.remote(), territory.version()),
                Map.of());
    }

    @PostMapping("/{code}")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") TerritoryAdmin.TerritoryChange form,
            Model model,
            RedirectAttributes redirect) {
        try {
            admin.update(code, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/territories";
        } catch (InvalidInputException e) {
            Territory territory = directory.territory(code).orElseThrow(() -> new NotFoundException("TERRITORY", code));
            return editWith(model, territory, form, formErrors.of(e));
        }
    }

    private String listWith(Model model, TerritoryAdmin.NewTerritory form, Map<String, String> errors) {
        model.addAttribute("territories", directory.territories());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "directory/territories";
    }

    private String editWith(
            Model model, Territory territory, TerritoryAdmin.TerritoryChange form, Map<String, String> errors) {
        model.addAttribute("territory", territory);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "directory/territory-edit";
    }
}
