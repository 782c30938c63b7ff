package ru.rodnik.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.rodnik.platform.AccessRules;
import ru.rodnik.platform.ApiTokenVerifier;

/**
 * Two filter chains: a stateless bearer-token chain for {@code /api/**} and a form-login chain for pages. A served
 * path is reachable only when some module's {@link AccessRules} names who may use it; everything else is denied,
 * except paths nobody serves, which answer 404.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * No Spring Security observations: it would wrap each filter of a chain and each authorisation decision in one
     * whenever an observation registry exists, traces nobody collects. Turned off here rather than by the property
     * {@code management.observations.enable.spring.security}, which leaves the wrapping in place and only makes the
     * observations no-ops, looked up per filter and request (about 2 % of the application's processor time for a
     * signal sent to the API, measured in the signal benchmark). HTTP request metrics stay.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm id stored beside each hash so that it can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokenVerifier tokens,
            List<AccessRules> rules,
            Problems problems,
            ObjectProvider<RequestMappingHandlerMapping> mappings)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(
                                    response, problem(problems, HttpStatus.UNAUTHORIZED, "unauthorized", request));
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, problem(problems, HttpStatus.FORBIDDEN, "forbidden", request))))
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'")))
                .authorizeHttpRequests(api -> {
                    rules.forEach(rule -> rule.api(api));
                    api.anyRequest().access(new UnmappedPaths(mappings));
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            List<AccessRules> rules,
            UserDetailsService users,
            ObjectProvider<RequestMappingHandlerMapping> mappings,
            @Value("${rodnik.security.metrics-networks}") String metricsNetworks)
            throws Exception {
        http.formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailureHandler(users))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(errors -> errors.accessDeniedHandler(new ExpiredFormHandler()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(pages -> {
                    pages.requestMatchers(
                                    "/login",
                                    "/error",
                                    "/favicon.ico",
                                    "/favicon.svg",
                                    "/css/**",
                                    "/js/**",
                                    "/img/**",
                                    "/webjars/**")
                            .permitAll();
                    // Liveness for load balancers; the API contract is public (it holds no data).
                    pages.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll();
                    pages.requestMatchers(
                                    "/v3/api-docs",
                                    "/v3/api-docs/**",
                                    "/swagger-ui",
                                    "/swagger-ui/**",
                                    "/swagger-ui.html")
                            .permitAll();
                    pages.requestMatchers("/actuator/prometheus").access(fromNetworks(metricsNetworks));
                    rules.forEach(rule -> rule.pages(pages));
                    pages.anyRequest().access(new UnmappedPaths(mappings));
                });
        return http.build();
    }

    private static org.springframework.http.ProblemDetail problem(
            Problems problems, HttpStatus status, String key, HttpServletRequest request) {
        return problems.of(status, key, request);
    }

    /** Metrics are scraped by a collector on a trusted network, which cannot log in. */
    private static AuthorizationManager<RequestAuthorizationContext> fromNetworks(String networks) {
        List<IpAddressMatcher> matchers = Arrays.stream(networks.split(","))
                .map(String::trim)
                .filter(network -> !network.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
        return (authentication, context) ->
                new AuthorizationDecision(matchers.stream().anyMatch(matcher -> matcher.matches(context.getRequest())));
    }
}
