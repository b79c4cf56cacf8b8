package dev.pims.rights;

/**
 * The ZIP of everything PIMS holds about a member, as the browser receives it.
 *
 * @param fileName what the browser saves it as, {@code pims-my-data.zip}
 */
public record MyDataArchive(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/zip";

    public MyDataArchive {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
