package ru.rodnik.home.internal;

import java.util.Arrays;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.rodnik.platform.AccessRules;
import ru.rodnik.platform.Role;

@Component
class HomeAccessRules implements AccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/")
                .hasAnyRole(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }
}
