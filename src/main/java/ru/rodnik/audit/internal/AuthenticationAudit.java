package ru.rodnik.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.platform.Actor;
import ru.rodnik.platform.RodnikUser;

/** Logins, failed logins and logouts, as Spring Security reports them. */
@Component
class AuthenticationAudit {

    private final AuditLog audit;

    AuthenticationAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.LOGIN, null);
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        // The reason is the exception's type, never its message, which may echo what was typed.
        record(
                event.getAuthentication(),
                AuditAction.LOGIN_FAILED,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.LOGOUT, null);
    }

    private void record(Authentication authentication, AuditAction action, String details) {
        if (authentication.getPrincipal() instanceof RodnikUser user) {
            audit.recordAs(
                    user.getUsername(),
                    Actor.Kind.USER,
                    user.organisationId(),
                    action,
                    AuditSubject.of("USER", user.id()),
                    details);
        } else {
            audit.recordAs(authentication.getName(), Actor.Kind.ANONYMOUS, null, action, AuditSubject.none(), details);
        }
    }
}
