package ru.rodnik.directory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;
import ru.rodnik.platform.Role;
import ru.rodnik.platform.Uuids;

/** Administration of user accounts; every change is audited in the same transaction. */
@Service
@PreAuthorize("hasRole('ADMIN')")
class UserAccountAdmin {

    static final String SUBJECT = "USER";
    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    UserAccountAdmin(
            UserAccountRepository users,
            OrganisationRepository organisations,
            PasswordEncoder passwords,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewUser(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable UUID organisationId,
            @Nullable Set<Role> roles,
            @Nullable String password) {}

    public record UserChange(
            @Nullable String displayName,
            @Nullable UUID organisationId,
            @Nullable Set<Role> roles,
            @Nullable Boolean enabled,
            int version) {}

    // Not read-only: an audited read writes its audit record.
    @Transactional
    List<UserAccount> list() {
        List<UserAccount> all = users.findAll();
        audit.record(AuditAction.READ, AuditSubject.ofType(SUBJECT), "list of " + all.size());
        return all;
    }

    @Transactional
    UserAccount get(UUID id) {
        UserAccount user = users.find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        audit.record(AuditAction.READ, AuditSubject.of(SUBJECT, id));
        return user;
    }

    @Transactional
    UUID create(NewUser request) {
        List<FieldViolation> violations = new ArrayList<>();
        String username = trimmed(request.username());
        if (username.isEmpty()) {
            violations.add(FieldViolation.of("username", "E1101", "directory.user.username.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            violations.add(FieldViolation.of("username", "E1102", "directory.user.username.format"));
        } else if (users.usernameTaken(username)) {
            violations.add(FieldViolation.of("username", "E1103", "directory.user.username.taken"));
        }
        checkProfile(request.displayName(), request.organisationId(), request.roles(), violations);
        checkPassword(request.password(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = Uuids.timeOrdered();
        UserAccount user = new UserAccount(
                id,
                username,
                trimmed(request.displayName()),
                request.organisationId(),
                true,
                0,
                null,
                false,
                roles(request.roles()),
                0);
        users.insert(user, passwords.encode(request.password()), clock.instant());
        audit.record(AuditAction.CREATE, AuditSubject.of(SUBJECT, id), "roles " + user.roles());
        return id;
    }

    @Transactional
    void update(UUID id, UserChange change) {
        UserAccount before = users.find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        List<FieldViolation> violations = new ArrayList<>();
        checkProfile(change.displayName(), change.organisationId(), change.roles(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Set<Role> roles = roles(change.roles());
        boolean enabled = Boolean.TRUE.equals(change.enabled());
        users.update(id, trimmed(change.displayName()), change.organisationId(), enabled, roles, change.version());
        audit.record(AuditAction.UPDATE, AuditSubject.of(SUBJECT, id), "roles " + before.roles() + " -> " + roles);
        if (before.enabled() != enabled) {
            audit.record(enabled ? AuditAction.ENABLE : AuditAction.DISABLE, AuditSubject.of(SUBJECT, id));
        }
    }

    @Transactional
    void unlock(UUID id) {
        users.find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        users.resetFailedLogins(id);
        audit.record(AuditAction.UNLOCK, AuditSubject.of(SUBJECT, id));
    }

    @Transactional
    void resetPassword(UUID id, @Nullable String password) {
        users.find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        List<FieldViolation> violations = new ArrayList<>();
        checkPassword(password, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        users.setPassword(id, passwords.encode(password));
        users.resetFailedLogins(id);
        audit.record(AuditAction.PASSWORD_RESET, AuditSubject.of(SUBJECT, id));
    }

    private void checkProfile(
            @Nullable String displayName,
            @Nullable UUID organisationId,
            @Nullable Set<Role> roles,
            List<FieldViolation> violations) {
        String name = trimmed(displayName);
        if (name.isEmpty()) {
            violations.add(FieldViolation.of("displayName", "E1104", "directory.user.displayName.required"));
        } else if (name.length() > 200) {
            violations.add(FieldViolation.of("displayName", "E1105", "directory.field.tooLong", 200));
        }
        if (organisationId == null) {
            violations.add(FieldViolation.of("organisationId", "E1106", "directory.user.organisation.required"));
        } else if (organisations.find(organisationId).isEmpty()) {
            violations.add(FieldViolation.of("organisationId", "E1107", "directory.user.organisation.unknown"));
        }
        if (roles == null || roles.isEmpty()) {
            violations.add(FieldViolation.of("roles", "E1108", "directory.user.roles.required"));
        }
    }

    private static void checkPassword(@Nullable String password, List<FieldViolation> violations) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            violations.add(
                    FieldViolation.of("password", "E1109", "directory.user.password.short", MIN_PASSWORD_LENGTH));
        } else if (password.length() > 128) {
            violations.add(FieldViolation.of("password", "E1110", "directory.field.tooLong", 128));
        }
    }

    private static Set<Role> roles(@Nullable Set<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    static String trimmed(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
