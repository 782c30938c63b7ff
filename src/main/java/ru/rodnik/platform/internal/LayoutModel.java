package ru.rodnik.platform.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.rodnik.platform.RodnikUser;

/** What every page's layout needs: the signed-in user, for the menu and the header. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("currentUser")
    @Nullable
    RodnikUser currentUser(@AuthenticationPrincipal @Nullable RodnikUser user) {
        return user;
    }
}
