/**
 * Who read or changed what, when and from where. Every module records reads and changes of personal data through
 * {@link ru.rodnik.audit.AuditLog}; the log itself is append-only.
 */
@NullMarked
@ApplicationModule(displayName = "Audit")
package ru.rodnik.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
