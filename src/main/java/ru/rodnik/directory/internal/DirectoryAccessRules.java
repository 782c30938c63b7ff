package ru.rodnik.directory.internal;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.rodnik.platform.AccessRules;
import ru.rodnik.platform.ApiClientPrincipal;
import ru.rodnik.platform.Role;

@Component
class DirectoryAccessRules implements AccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(
                        "/admin/territories/**",
                        "/admin/organisations/**",
                        "/admin/users/**",
                        "/admin/api-clients/**",
                        "/admin/calendar/**",
                        "/admin/territories",
                        "/admin/organisations",
                        "/admin/users",
                        "/admin/api-clients",
                        "/admin/calendar")
                .hasRole(Role.ADMIN.name());
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/reference/territories", "/api/v1/reference/organisations")
                .hasAuthority(ApiClientPrincipal.AUTHORITY);
    }
}
