package dev.pims.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A bean that needs what no bean provides: a WAR that holds it does not deploy (CDI's unsatisfied dependency). */
@ApplicationScoped
public class UndeployableBean {

    /** Implemented by nothing. */
    public interface Unprovided {}

    @Inject
    Unprovided unprovided;
}
