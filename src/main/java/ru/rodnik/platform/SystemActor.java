package ru.rodnik.platform;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Work the application does on its own — event listeners, scheduled jobs — runs as the system, so that what it
 * writes to the audit log names the system rather than an anonymous caller. It passes no role check.
 */
@Component
public class SystemActor {

    public void run(Runnable work) {
        runAs(new SystemAuthentication(), work);
    }

    /**
     * Runs the work as someone other than the caller — demo data, say, reported as an agency's API client would — and
     * gives the caller its own security context back afterwards, also when the work fails.
     */
    public void runAs(Authentication authentication, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static final class SystemAuthentication extends AbstractAuthenticationToken {

        static final String AUTHORITY = "SYSTEM";

        SystemAuthentication() {
            super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "system";
        }
    }
}
