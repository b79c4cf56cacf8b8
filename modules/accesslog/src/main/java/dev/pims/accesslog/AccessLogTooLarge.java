package dev.pims.accesslog;

import jakarta.ejb.ApplicationException;

/** An export asked for more records than one file holds ({@link AccessLog#EXPORT_MAX}); nothing was exported. */
@ApplicationException(rollback = true)
public class AccessLogTooLarge extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessLogTooLarge() {
        super("More than " + AccessLog.EXPORT_MAX + " records match");
    }
}
