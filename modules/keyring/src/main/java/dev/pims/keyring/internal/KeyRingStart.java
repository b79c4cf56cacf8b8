package dev.pims.keyring.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Opens the key ring at start, right after the schema migration: a missing or wrong master key stops the deployment
 * at once rather than at the first secret, and the start-up beans that seal what older releases kept in clear name
 * this bean in their {@code @DependsOn}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class KeyRingStart {

    @Inject
    private DefaultKeyRing keyRing;

    @PostConstruct
    void open() {
        keyRing.load();
    }
}
