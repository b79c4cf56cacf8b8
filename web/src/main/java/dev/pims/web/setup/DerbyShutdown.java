package dev.pims.web.setup;

import dev.pims.audit.AuditingShutdown;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shuts the embedded Derby engine down when PIMS stops. Payara does not, and an engine stopped without it makes the
 * next start run crash recovery on both stores. Auditing records its stop first, while the store still takes it.
 */
@WebListener
public class DerbyShutdown implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(DerbyShutdown.class.getName());
    /** Derby reports a successful engine shutdown as this "error". */
    private static final String ENGINE_SHUT_DOWN = "XJ015";

    @Inject
    private AuditingShutdown auditing;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        try {
            auditing.recordStop();
        } catch (RuntimeException notRecorded) {
            LOG.log(Level.WARNING, "The stop of auditing could not be recorded", notRecorded);
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException shutdown) {
            if (!ENGINE_SHUT_DOWN.equals(shutdown.getSQLState())) {
                LOG.log(Level.WARNING, "Derby did not shut down cleanly", shutdown);
            }
        }
    }
}
