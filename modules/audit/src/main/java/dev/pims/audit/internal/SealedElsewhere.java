package dev.pims.audit.internal;

import jakarta.ejb.ApplicationException;

/**
 * A sealing met a record that already has a link: another instance's start sealed it as a leftover while this
 * instance still held it. The sealing's transaction rolls back and the batch is sealed again, skipping what is sealed.
 */
@ApplicationException(rollback = true)
public class SealedElsewhere extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SealedElsewhere(Throwable duplicateLink) {
        super("An access record of the batch is sealed already", duplicateLink);
    }
}
