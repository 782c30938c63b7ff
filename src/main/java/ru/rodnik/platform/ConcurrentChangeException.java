package ru.rodnik.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else changed the record since it was read (optimistic locking on its {@code version}). */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String subjectType, Object id) {
        super(subjectType + " " + id + " was changed by someone else");
    }
}
