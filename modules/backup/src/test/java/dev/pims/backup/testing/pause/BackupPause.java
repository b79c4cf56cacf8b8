package dev.pims.backup.testing.pause;

import dev.pims.backup.domain.StoreBackup;
import dev.pims.store.StoreSchema.Store;
import dev.pims.store.testing.held.HeldUntilKilled;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;

/**
 * Test only: holds the backup job between its two stores, so that a test can kill the server there. When the system
 * property {@value #SIGNAL} names a file (cleared when taken), the backup of the operational store stops once it is
 * written, before the separated store's: it writes the file (atomically), holding the folder it writes into, and waits
 * until the server dies.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class BackupPause implements StoreBackup {

    /** The system property naming the file written when the backup has stopped. */
    public static final String SIGNAL = "pims.test.backup-pause-signal";

    @Inject
    @Delegate
    @Any
    private StoreBackup backup;

    @Override
    public void backUp(Store store, Path into) {
        backup.backUp(store, into);
        String signal = System.getProperty(SIGNAL);
        if (signal != null && store == Store.OPERATIONAL) {
            System.clearProperty(SIGNAL);
            HeldUntilKilled.signalAndHold(Path.of(signal), into.toString());
        }
    }
}
