package ru.rodnik.intake.internal;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.rodnik.platform.AccessRules;
import ru.rodnik.platform.ApiClientPrincipal;
import ru.rodnik.platform.Role;

/**
 * Signal import: the upload page for reporters, the endpoint and its template for any partner organisation's token.
 * Which batch a caller may read is decided in {@link SignalImport} (its own organisation's). Kept apart from
 * {@link IntakeAccessRules} so that the import's paths are read in one place with the import.
 */
@Component
class SignalImportAccessRules implements AccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(SignalImportPages.PATH, SignalImportPages.PATH + "/**")
                .hasRole(Role.REPORTER.name());
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(SignalImportApi.PATH, SignalImportApi.PATH + "/**")
                .hasAuthority(ApiClientPrincipal.AUTHORITY);
    }
}
