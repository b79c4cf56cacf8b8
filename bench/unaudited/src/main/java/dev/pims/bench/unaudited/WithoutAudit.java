package dev.pims.bench.unaudited;

import dev.pims.audit.internal.PersonalDataAccessInterceptor;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;

/**
 * Vetoes the audit interceptor, so that pims-unaudited.war serves the product's pages without it. The product has no
 * such switch: this extension exists only in the bench-only WAR.
 */
public class WithoutAudit implements Extension {

    private static final Logger LOG = Logger.getLogger(WithoutAudit.class.getName());

    void vetoAuditInterceptor(@Observes ProcessAnnotatedType<PersonalDataAccessInterceptor> interceptor) {
        interceptor.veto();
        LOG.warning(() -> "Bench-only deployment: "
                + interceptor.getAnnotatedType().getJavaClass().getName()
                + " is vetoed, no access record will be written.");
    }
}
