package ru.rodnik.directory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.platform.Actor;
import ru.rodnik.platform.RodnikUser;

/**
 * Locks an account after repeated wrong passwords, for a while or until an administrator unlocks it. A correct
 * password resets the count.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final int lockAfter;
    private final Duration lockDuration;

    LoginAttempts(
            UserAccountRepository users,
            AuditLog audit,
            Clock clock,
            @Value("${rodnik.security.lock-after-failed-logins}") int lockAfter,
            @Value("${rodnik.security.lock-duration}") Duration lockDuration) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.lockDuration = lockDuration;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        users.recordFailedLogin(event.getAuthentication().getName(), lockAfter, now, now.plus(lockDuration))
                .filter(user -> user.failedLogins() == lockAfter)
                .ifPresent(user -> audit.recordAs(
                        user.username(),
                        Actor.Kind.ANONYMOUS,
                        user.organisationId(),
                        AuditAction.ACCOUNT_LOCKED,
                        AuditSubject.of("USER", user.id()),
                        "after " + lockAfter + " wrong passwords"));
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RodnikUser user) {
            users.resetFailedLogins(user.id());
        }
    }
}
