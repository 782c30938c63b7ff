package ru.rodnik.home.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.rodnik.directory.Directory;
import ru.rodnik.platform.RodnikUser;
import ru.rodnik.platform.Role;

/**
 * One section per role the user holds. Sections whose work arrives with later modules say so plainly instead of
 * pretending.
 */
@Controller
class HomePage {

    private final Directory directory;

    HomePage(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal RodnikUser user, Model model) {
        List<Role> roles = Arrays.stream(Role.values()).filter(user::has).toList();
        model.addAttribute("roles", roles);
        model.addAttribute(
                "organisation", directory.organisation(user.organisationId()).orElse(null));
        model.addAttribute(
                "territory", directory.territory(user.territoryCode()).orElse(null));
        return "home";
    }
}
