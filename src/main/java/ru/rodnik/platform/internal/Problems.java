package ru.rodnik.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import ru.rodnik.platform.FieldViolation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where API errors become {@code application/problem+json} (RFC 9457): a title and detail in the
 * caller's language (Russian by default) and, for invalid input, an {@code errors} list naming each field.
 */
@Component
class Problems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TYPE_BASE = "https://rodnik.example/problems/";

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    Problems(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    ProblemDetail of(HttpStatus status, String key, HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + key));
        problem.setTitle(text("problem." + key + ".title", locale));
        problem.setDetail(text("problem." + key + ".detail", locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    ProblemDetail invalid(List<FieldViolation> violations, HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", request);
        problem.setProperty(
                "errors",
                violations.stream()
                        .map(violation -> Map.of(
                                "field", violation.field(),
                                "code", violation.code(),
                                "message",
                                        messages.getMessage(
                                                violation.messageKey(),
                                                violation.arguments().toArray(),
                                                violation.messageKey(),
                                                locale)))
                        .toList());
        return problem;
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
