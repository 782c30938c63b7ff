package ru.rodnik.casework.internal;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import ru.rodnik.platform.AccessRules;
import ru.rodnik.platform.Role;

/** Cases are the family centre's: its screeners, specialists, curators and supervisors. */
@Component
class CaseworkAccessRules implements AccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/cases/**")
                .hasAnyRole(Role.SCREENER.name(), Role.SPECIALIST.name(), Role.CURATOR.name(), Role.SUPERVISOR.name());
    }
}
