package ru.rodnik.linkage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The subjects one report names, for linking many reports at once ({@link Linkage#linkAll}).
 *
 * @param sourceRef identifies the report within its source, as in {@link Linkage#link}; null when it has no identity
 */
public record ReportSubjects(
        List<Subject> subjects, @Nullable String sourceRef) {

    public ReportSubjects {
        subjects = List.copyOf(subjects);
    }
}
