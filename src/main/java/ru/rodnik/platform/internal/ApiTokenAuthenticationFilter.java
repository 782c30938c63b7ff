package ru.rodnik.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.rodnik.platform.ApiClientPrincipal;
import ru.rodnik.platform.ApiTokenVerifier;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/**}. A missing or unknown token leaves the request
 * anonymous, and the API chain's entry point answers 401 problem+json. Checked on every request, so a revoked
 * token stops working at once.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenVerifier verifier;

    ApiTokenAuthenticationFilter(ApiTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<ApiClientPrincipal> client =
                    verifier.verify(header.substring(BEARER.length()).trim());
            if (client.isPresent()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(client.get().authentication());
                SecurityContextHolder.setContext(context);
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
