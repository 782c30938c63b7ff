/** The start page of each role: what that role works on, with the modules that serve it. */
@NullMarked
@ApplicationModule(displayName = "Home")
package ru.rodnik.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
