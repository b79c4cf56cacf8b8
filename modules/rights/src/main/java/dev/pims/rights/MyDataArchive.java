package dev.pims.rights;

import dev.pims.audit.AccessedCategories;
import dev.pims.shared.DataCategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * The ZIP of everything PIMS holds about a member, as the browser receives it. Its DOWNLOAD record names the legal
 * representative's category only for a child under 14 whose ZIP holds their representative (policy §9).
 *
 * @param fileName what the browser saves it as, {@code pims-my-data.zip}
 * @param holdsLegalRepresentative whether the part {@code legal-representative} has a row
 */
public record MyDataArchive(String fileName, byte[] content, boolean holdsLegalRepresentative)
        implements AccessedCategories {

    public static final String CONTENT_TYPE = "application/zip";

    public MyDataArchive {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public Set<DataCategory> accessedCategories() {
        Set<DataCategory> held = EnumSet.allOf(DataCategory.class);
        if (!holdsLegalRepresentative) {
            held.remove(DataCategory.LEGAL_REPRESENTATIVE);
        }
        return held;
    }
}
