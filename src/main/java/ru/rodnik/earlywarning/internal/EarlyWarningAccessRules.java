package ru.rodnik.earlywarning.internal;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.rodnik.platform.AccessRules;
import ru.rodnik.platform.Role;

/**
 * The "needs attention" list and score histories are for the family centre's screeners and supervisors; the score API
 * for the family centre's own systems. Reporters and partner agencies see neither. The region is checked in
 * {@link AttentionList}. The region's scoring parameters are the administrator's.
 */
@Component
class EarlyWarningAccessRules implements AccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/attention", "/attention/**").hasAnyRole(Role.SCREENER.name(), Role.SUPERVISOR.name());
        pages.requestMatchers("/admin/early-warning", "/admin/early-warning/**").hasRole(Role.ADMIN.name());
    }

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/families/*/warning").hasAuthority("ORG_FAMILY_CENTRE");
    }
}
