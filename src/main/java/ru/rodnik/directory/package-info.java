/**
 * Territories, organisations, users and their roles, API clients. Other modules read territories and organisations
 * through {@link ru.rodnik.directory.Directory}; administration happens inside the module.
 */
@NullMarked
@ApplicationModule(displayName = "Directory")
package ru.rodnik.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
