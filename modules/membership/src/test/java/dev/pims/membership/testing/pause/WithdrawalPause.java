package dev.pims.membership.testing.pause;

import dev.pims.membership.domain.SeparatedMember;
import dev.pims.membership.domain.SeparatedStore;
import dev.pims.store.testing.held.HeldUntilKilled;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.TransactionManager;
import java.nio.file.Path;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * Test only: holds a withdrawal in the middle of its two-store commit, so that a test can kill the server there. When
 * the system property {@value #PHASE} is {@code prepare} or {@code commit}, the next withdrawal's transaction gets one
 * more XA participant, enlisted just before the separated store, which the transaction manager therefore prepares and
 * commits between the operational store and the separated store. It stops in the named phase: {@code prepare} before
 * the decision is logged (nothing may be committed after a restart), {@code commit} after the operational store
 * committed and before the separated store did (both must be committed after a restart). It then writes the file
 * named by {@value #SIGNAL} and waits until the server dies.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class WithdrawalPause implements SeparatedStore {

    /** The system property naming the phase to stop in, {@code prepare} or {@code commit}; cleared when taken. */
    public static final String PHASE = "pims.test.withdrawal-pause";
    /** The system property naming the file written when the withdrawal has stopped. */
    public static final String SIGNAL = "pims.test.withdrawal-pause-signal";

    @Inject
    @Delegate
    @Any
    private SeparatedStore separatedStore;

    @Override
    public void keep(SeparatedMember member) {
        String phase = System.getProperty(PHASE);
        if (phase != null) {
            System.clearProperty(PHASE);
            try {
                transactionManager()
                        .getTransaction()
                        .enlistResource(new PausingParticipant(phase, Path.of(System.getProperty(SIGNAL))));
            } catch (Exception notEnlisted) {
                throw new IllegalStateException("Could not enlist the pausing participant", notEnlisted);
            }
        }
        separatedStore.keep(member);
    }

    private static TransactionManager transactionManager() throws NamingException {
        return InitialContext.doLookup("java:appserver/TransactionManager");
    }

    /** An XA participant that does nothing but stop in one phase: it holds no data of its own. */
    private record PausingParticipant(String phase, Path signal) implements XAResource {

        @Override
        public int prepare(Xid xid) {
            pauseIn("prepare");
            return XA_OK;
        }

        @Override
        public void commit(Xid xid, boolean onePhase) {
            pauseIn("commit");
        }

        private void pauseIn(String current) {
            if (!phase.equals(current)) {
                return;
            }
            HeldUntilKilled.signalAndHold(signal, current);
        }

        @Override
        public void rollback(Xid xid) {}

        @Override
        public void start(Xid xid, int flags) {}

        @Override
        public void end(Xid xid, int flags) {}

        @Override
        public void forget(Xid xid) {}

        @Override
        public Xid[] recover(int flag) {
            return new Xid[0];
        }

        @Override
        public boolean isSameRM(XAResource other) {
            return other == this;
        }

        @Override
        public int getTransactionTimeout() {
            return 0;
        }

        @Override
        public boolean setTransactionTimeout(int seconds) {
            return false;
        }
    }
}
