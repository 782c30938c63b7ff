package ru.rodnik.audit;

/** What was done. Reads are recorded as deliberately as changes: this is children's personal data. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCOUNT_LOCKED,
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    ENABLE,
    DISABLE,
    UNLOCK,
    PASSWORD_RESET,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    EXPORT,
    MERGE,
    UNMERGE,
    LINK,
    REVIEW,
    /** A screening decision on a signal. */
    DECIDE,
    /** A deadline passed and the work went up to a supervisor. */
    ESCALATE
}
