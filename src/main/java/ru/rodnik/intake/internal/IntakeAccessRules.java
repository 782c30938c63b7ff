package ru.rodnik.intake.internal;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.rodnik.platform.ApiClientPrincipal;
import ru.rodnik.platform.Role;

/**
 * Reporters have their form and their own signals; the family centre's screeners and supervisors have the screening
 * queue. Any partner organisation's token may report and read the indicator catalogue. Which signals a token may read is
 * decided per signal in {@link SignalIntake} (own organisation, or the family centre of the signal's region).
 */
@Component
class IntakeAccessRules implements ru.rodnik.platform.AccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/signals", "/signals/**").hasRole(Role.REPORTER.name());
        pages.requestMatchers("/admin/screening-deadlines").hasRole(Role.ADMIN.name());
        pages.requestMatchers("/screening", "/screening/**").hasAnyRole(Role.SCREENER.name(), Role.SUPERVISOR.name());
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/reference/indicators", "/api/v1/signals", "/api/v1/signals/*")
                .hasAuthority(ApiClientPrincipal.AUTHORITY);
    }
}
