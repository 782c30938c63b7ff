/**
 * Case work (работа со случаем): the family-centre's work with a family after screening. This first part holds what
 * screening needs: a case opened for a family from a signal, one open case per family, signals attached to it. The
 * curator, team, assessments, plans and closure extend it later.
 */
@NullMarked
@ApplicationModule(displayName = "Case work")
package ru.rodnik.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
