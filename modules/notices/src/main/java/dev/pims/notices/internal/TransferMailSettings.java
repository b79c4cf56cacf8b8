package dev.pims.notices.internal;

import org.eclipse.microprofile.config.ConfigProvider;

/** {@code pims.notices.chunk-size} (500): members per chunk of the transfer mail job, each chunk one transaction. */
record TransferMailSettings(int chunkSize) {

    static final String CHUNK_SIZE = "pims.notices.chunk-size";
    static final int DEFAULT_CHUNK_SIZE = 500;

    TransferMailSettings {
        if (chunkSize < 1) {
            throw new IllegalArgumentException(CHUNK_SIZE + " must be at least 1, not " + chunkSize);
        }
    }

    static TransferMailSettings fromConfig() {
        return new TransferMailSettings(ConfigProvider.getConfig()
                .getOptionalValue(CHUNK_SIZE, Integer.class)
                .orElse(DEFAULT_CHUNK_SIZE));
    }
}
