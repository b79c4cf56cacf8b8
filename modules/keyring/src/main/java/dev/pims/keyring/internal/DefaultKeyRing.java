package dev.pims.keyring.internal;

import dev.pims.keyring.KeyRing;
import dev.pims.keyring.domain.DataKeys;
import dev.pims.keyring.domain.WrappedDataKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's key ring. The data keys are unwrapped once, at start ({@link KeyRingStart}), and kept in memory only;
 * none changes while the server runs, since the rotation runs with the server stopped. The first start makes the
 * master key and the first data key. {@code pims.master-key} is MicroProfile Config's name for {@code PIMS_MASTER_KEY}.
 */
@ApplicationScoped
public class DefaultKeyRing implements KeyRing {

    private static final Logger LOG = Logger.getLogger(DefaultKeyRing.class.getName());

    @Inject
    @ConfigProperty(name = "pims.master-key")
    private Optional<String> configuredMasterKey;

    @Inject
    private DataKeys dataKeys;

    private volatile DataKeyRing ring;

    @Override
    public String seal(String text) {
        return ring().seal(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String open(String sealed) {
        return new String(ring().open(sealed), StandardCharsets.UTF_8);
    }

    @Override
    public String sealBytes(byte[] data) {
        return ring().seal(data);
    }

    @Override
    public byte[] openBytes(String sealed) {
        return ring().open(sealed);
    }

    @Override
    public boolean isSealed(String value) {
        return SealedForm.isSealed(value);
    }

    private DataKeyRing ring() {
        DataKeyRing loaded = ring;
        return loaded != null ? loaded : load();
    }

    synchronized DataKeyRing load() {
        if (ring == null) {
            MasterKeys masterKeys = new MasterKeys(configuredMasterKey, MasterKeys.serverDataDir());
            List<WrappedDataKey> stored = dataKeys.all();
            MasterKey master = masterKeys.current(MasterKeys.wrapperOf(stored));
            if (stored.isEmpty()) {
                WrappedDataKey first = DataKeyCreation.next(stored, master, Clock.systemUTC());
                if (dataKeys.add(first)) {
                    LOG.info(() -> "Key ring: first data key " + first.id() + " made under " + master);
                }
                stored = dataKeys.all();
            }
            DataKeyRing unwrapped = DataKeyRing.unwrapped(stored, master);
            LOG.info(() -> "Key ring: " + unwrapped.keyIds().size() + " data key(s), key "
                    + unwrapped.activeKeyId() + " seals; " + master + " from "
                    + (masterKeys.fromEnvironment() ? MasterKeys.ENVIRONMENT : masterKeys.file()));
            ring = unwrapped;
        }
        return ring;
    }
}
