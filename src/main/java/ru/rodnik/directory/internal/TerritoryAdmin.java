package ru.rodnik.directory.internal;

import static ru.rodnik.directory.internal.UserAccountAdmin.trimmed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rodnik.audit.AuditAction;
import ru.rodnik.audit.AuditLog;
import ru.rodnik.audit.AuditSubject;
import ru.rodnik.directory.Territory;
import ru.rodnik.directory.TerritoryLevel;
import ru.rodnik.platform.FieldViolation;
import ru.rodnik.platform.InvalidInputException;
import ru.rodnik.platform.NotFoundException;

@Service
@PreAuthorize("hasRole('ADMIN')")
class TerritoryAdmin {

    static final String SUBJECT = "TERRITORY";
    /** OKTMO codes have 8 or 11 digits. */
    private static final Pattern CODE = Pattern.compile("\\d{8}|\\d{11}");

    private final TerritoryRepository territories;
    private final AuditLog audit;

    TerritoryAdmin(TerritoryRepository territories, AuditLog audit) {
        this.territories = territories;
        this.audit = audit;
    }

    /** {@code remote} is null when an unticked checkbox sends nothing. */
    public record NewTerritory(
            @Nullable String code,
            @Nullable String parentCode,
            @Nullable String name,
            @Nullable Boolean remote) {}

    public record TerritoryChange(
            @Nullable String name, @Nullable Boolean remote, int version) {}

    @Transactional
    Territory create(NewTerritory request) {
        List<FieldViolation> violations = new ArrayList<>();
        String code = trimmed(request.code());
        if (!CODE.matcher(code).matches()) {
            violations.add(FieldViolation.of("code", "E1201", "directory.territory.code.format"));
        } else if (territories.exists(code)) {
            violations.add(FieldViolation.of("code", "E1202", "directory.territory.code.taken"));
        }
        checkName(request.name(), violations);
        String parentCode = trimmed(request.parentCode());
        Territory parent = null;
        if (!parentCode.isEmpty()) {
            parent = territories.find(parentCode).orElse(null);
            if (parent == null) {
                violations.add(FieldViolation.of("parentCode", "E1203", "directory.territory.parent.unknown"));
            } else if (parent.level() == TerritoryLevel.SETTLEMENT) {
                violations.add(FieldViolation.of("parentCode", "E1204", "directory.territory.parent.settlement"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Territory territory = parent == null
                ? new Territory(code, null, code, TerritoryLevel.REGION, trimmed(request.name()), false, 0)
                : new Territory(
                        code,
                        parent.code(),
                        parent.regionCode(),
                        parent.level() == TerritoryLevel.REGION
                                ? TerritoryLevel.MUNICIPALITY
                                : TerritoryLevel.SETTLEMENT,
                        trimmed(request.name()),
                        Boolean.TRUE.equals(request.remote()),
                        0);
        territories.insert(territory);
        audit.record(AuditAction.CREATE, AuditSubject.of(SUBJECT, code));
        return territory;
    }

    @Transactional
    void update(String code, TerritoryChange change) {
        territories.find(code).orElseThrow(() -> new NotFoundException(SUBJECT, code));
        List<FieldViolation> violations = new ArrayList<>();
        checkName(change.name(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        territories.update(code, trimmed(change.name()), Boolean.TRUE.equals(change.remote()), change.version());
        audit.record(AuditAction.UPDATE, AuditSubject.of(SUBJECT, code));
    }

    private static void checkName(@Nullable String name, List<FieldViolation> violations) {
        String value = trimmed(name);
        if (value.isEmpty()) {
            violations.add(FieldViolation.of("name", "E1205", "directory.name.required"));
        } else if (value.length() > 200) {
            violations.add(FieldViolation.of("name", "E1206", "directory.field.tooLong", 200));
        }
    }
}
