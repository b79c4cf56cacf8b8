package dev.pims.audit;

/**
 * Records that auditing stops (safety-measures standard Art. 8), while the store can still take the record. The web
 * application calls it when it is being destroyed, before it shuts the embedded database down; PIMS records it at
 * most once per start.
 */
public interface AuditingShutdown {

    void recordStop();
}
