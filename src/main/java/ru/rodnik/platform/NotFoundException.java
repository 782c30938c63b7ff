package ru.rodnik.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The requested record does not exist, or the caller may not know that it exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String subjectType, Object id) {
        super(subjectType + " " + id + " not found");
    }
}
