package ru.rodnik.platform;

import java.util.List;

/**
 * One rejected field: a stable code an API client can act on, and the message key whose Russian (or English) text
 * is shown next to the field or returned in problem+json.
 *
 * @param field the field's name as the client sent it (e.g. {@code username}, {@code subjects[0].snils})
 * @param code stable error code, e.g. {@code E1001}
 * @param messageKey message bundle key
 * @param arguments arguments for the message
 */
public record FieldViolation(String field, String code, String messageKey, List<Object> arguments) {

    public FieldViolation {
        arguments = List.copyOf(arguments);
    }

    public static FieldViolation of(String field, String code, String messageKey, Object... arguments) {
        return new FieldViolation(field, code, messageKey, List.of(arguments));
    }
}
