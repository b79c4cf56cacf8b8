package dev.pims.audit.internal;

import dev.pims.audit.records.VerificationProgress;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/** The one verification that may run at a time in this server, and how far it has come, for the page to poll. */
@ApplicationScoped
class VerificationBoard {

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long checked;
    private volatile long total;

    boolean tryStart() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        checked = 0;
        total = 0;
        return true;
    }

    void total(long records) {
        total = records;
    }

    void checked(long records) {
        checked = records;
    }

    void finish() {
        running.set(false);
    }

    VerificationProgress progress() {
        return new VerificationProgress(running.get(), checked, total);
    }
}
