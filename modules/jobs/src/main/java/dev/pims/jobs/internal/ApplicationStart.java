package dev.pims.jobs.internal;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Whether the application has started: the web container starts it after every start-up singleton (migrations, demo
 * data) has finished. No job runs before, so that none reads or destroys a store that is still being filled.
 */
@WebListener
public class ApplicationStart implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ApplicationStart.class.getName());

    /** Static: the container makes the listener, not CDI; one application per class loader. */
    private static volatile boolean started;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        started = true;
        LOG.info("The application has started; scheduled jobs run from now on.");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        started = false;
    }

    static boolean hasStarted() {
        return started;
    }
}
