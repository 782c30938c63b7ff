package ru.rodnik.linkage.internal;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.rodnik.platform.AccessRules;
import ru.rodnik.platform.Role;

@Component
class LinkageAccessRules implements AccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/linkage/reviews", "/linkage/reviews/**")
                .hasAnyRole(Role.SCREENER.name(), Role.SUPERVISOR.name());
    }
}
