package ru.rodnik.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns rejected fields into the messages a form shows next to each field, in the user's language. */
@Component
public class FormErrors {

    private final MessageSource messages;

    public FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> of(InvalidInputException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldViolation violation : e.violations()) {
            byField.putIfAbsent(
                    violation.field(),
                    messages.getMessage(
                            violation.messageKey(),
                            violation.arguments().toArray(),
                            violation.messageKey(),
                            LocaleContextHolder.getLocale()));
        }
        return byField;
    }
}
