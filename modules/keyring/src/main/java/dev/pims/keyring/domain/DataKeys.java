package dev.pims.keyring.domain;

import java.util.List;

/** The key ring's data keys in the operational store ({@code KEY_RING_DATA_KEY}). */
public interface DataKeys {

    /** Every data key, by id. */
    List<WrappedDataKey> all();

    /**
     * Adds a data key.
     *
     * @return false if a key of that id is there already (another instance made the first key at the same time)
     */
    boolean add(WrappedDataKey key);

    /**
     * The rotation, in one transaction of its own: every key {@code rewrapped} replaces the stored key of its id, and
     * {@code added} becomes the newest. Only outside a server (the store must not be in a container's transaction).
     */
    void rewrapAllAndAdd(List<WrappedDataKey> rewrapped, WrappedDataKey added);
}
