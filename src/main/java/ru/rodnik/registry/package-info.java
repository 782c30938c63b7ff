/**
 * Persons, families and their members, identifiers (SNILS with its checksum) and the normalised forms of names that
 * search and record linkage compare.
 */
@NullMarked
@ApplicationModule(displayName = "Registry")
package ru.rodnik.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
