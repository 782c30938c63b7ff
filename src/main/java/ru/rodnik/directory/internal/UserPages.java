package ru.rodnik.directory.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.rodnik.directory.Directory;
import ru.rodnik.directory.Organisation;
import ru.rodnik.platform.FormErrors;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.Role;

@Controller
@RequestMapping("/admin/users")
class UserPages {

    private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final UserAccountAdmin admin;
    private final Directory directory;
    private final FormErrors formErrors;
    private final Clock clock;
    private final ZoneId zone;

    UserPages(
            UserAccountAdmin admin,
            Directory directory,
            FormErrors formErrors,
            Clock clock,
            @Value("${rodnik.time-zone}") ZoneId zone) {
        this.admin = admin;
        this.directory = directory;
        this.formErrors = formErrors;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", admin.list());
        model.addAttribute("organisations", organisationsById());
        model.addAttribute("now", clock.instant());
        return "directory/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return newForm(model, new UserAccountAdmin.NewUser(null, null, null, null, null), Map.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") UserAccountAdmin.NewUser form, Model model, RedirectAttributes redirect) {
        try {
            UUID id = admin.create(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            return newForm(model, form, formErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        UserAccount user = admin.get(id);
        var form = new UserAccountAdmin.UserChange(
                user.displayName(), user.organisationId(), user.roles(), user.enabled(), user.version());
        return editForm(model, user, form, Map.of());
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") UserAccountAdmin.UserChange form,
            Model model,
            RedirectAttributes redirect) {
        try {
            admin.update(id, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            return editForm(model, admin.get(id), form, formErrors.of(e));
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        admin.unlock(id);
        redirect.addFlashAttribute("unlocked", true);
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String password,
            Model model,
            RedirectAttributes redirect) {
        try {
            admin.resetPassword(id, password);
            redirect.addFlashAttribute("passwordReset", true);
            return "redirect:/admin/users/" + id;
        } catch (InvalidInputException e) {
            UserAccount user = admin.get(id);
            var form = new UserAccountAdmin.UserChange(
                    user.displayName(), user.organisationId(), user.roles(), user.enabled(), user.version());
            return editForm(model, user, form, formErrors.of(e));
        }
    }

    private String newForm(Model model, UserAccountAdmin.NewUser form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisationList", directory.organisations());
        return "directory/user-new";
    }

    private String editForm(
            Model model, UserAccount user, UserAccountAdmin.UserChange form, Map<String, String> errors) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisationList", directory.organisations());
        model.addAttribute("locked", user.lockedAt(clock.instant()));
        model.addAttribute(
                "lockedUntilText",
                user.lockedUntil() == null
                        ? ""
                        : LOCK_TIME.format(user.lockedUntil().atZone(zone)));
        return "directory/user-edit";
    }

    private Map<UUID, Organisation> organisationsById() {
        return directory.organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }
}
