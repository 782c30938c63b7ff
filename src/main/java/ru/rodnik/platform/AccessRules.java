package ru.rodnik.platform;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module names the roles that may reach its pages and endpoints. Anything no module names is denied: the
 * platform closes every chain with {@code denyAll()}.
 */
public interface AccessRules {

    /** Rules for browser pages (form login, session, CSRF). */
    default void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages) {}

    /** Rules for {@code /api/**} (bearer tokens, stateless). */
    default void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api) {}
}
