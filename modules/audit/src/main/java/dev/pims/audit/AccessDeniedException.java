package dev.pims.audit;

import jakarta.ejb.ApplicationException;

/** Thrown when the caller may not touch the data asked for; the access record of the attempt says DENIED. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
