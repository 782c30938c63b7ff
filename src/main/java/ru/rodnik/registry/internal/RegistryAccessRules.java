package ru.rodnik.registry.internal;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.rodnik.platform.AccessRules;
import ru.rodnik.platform.Role;

/** Persons and families are seen by the family centre only; reporters and partner agencies never see them. */
@Component
class RegistryAccessRules implements AccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/persons", "/persons/**", "/families/**")
                .hasAnyRole(Role.SCREENER.name(), Role.SPECIALIST.name(), Role.CURATOR.name(), Role.SUPERVISOR.name());
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/persons", "/api/v1/persons/**").hasAuthority("ORG_FAMILY_CENTRE");
    }
}
