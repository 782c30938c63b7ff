/**
 * Cross-cutting plumbing: database bootstrap, security, i18n, problem+json errors, clock, web layout. Holds no
 * domain logic; other modules contribute their URL rules through {@link ru.rodnik.platform.AccessRules}.
 */
@NullMarked
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package ru.rodnik.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
