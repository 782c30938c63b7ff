package ru.rodnik.platform;

import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the actor of the current request from the security context; injected, never reached statically. */
@Component
public class CurrentActor {

    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return new Actor("anonymous", Actor.Kind.ANONYMOUS, null, null, null, Set.of());
        }
        if (authentication instanceof SystemActor.SystemAuthentication) {
            return Actor.system();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof RodnikUser user) {
            return new Actor(
                    user.getUsername(),
                    Actor.Kind.USER,
                    user.organisationId(),
                    user.territoryCode(),
                    user.regionCode(),
                    user.roles());
        }
        if (principal instanceof ApiClientPrincipal client) {
            return new Actor(
                    "api:" + client.clientId(),
                    Actor.Kind.API_CLIENT,
                    client.organisationId(),
                    client.territoryCode(),
                    client.regionCode(),
                    Set.of());
        }
        return new Actor(authentication.getName(), Actor.Kind.USER, null, null, null, Set.of());
    }
}
