package ru.rodnik.audit;

import org.jspecify.annotations.Nullable;

/**
 * The record acted upon, by type and id only: the audit log never holds names, addresses or other personal data.
 */
public record AuditSubject(String type, @Nullable String id) {

    public static AuditSubject of(String type, Object id) {
        return new AuditSubject(type, String.valueOf(id));
    }

    public static AuditSubject ofType(String type) {
        return new AuditSubject(type, null);
    }

    public static AuditSubject none() {
        return new AuditSubject("", null);
    }
}
