package dev.pims.web.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.OptionalInt;

/** The rights version of the staff account a session was opened under (safety-measures standard Art. 5). */
@SessionScoped
public class StaffSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer rightsVersion;

    void began(int version) {
        rightsVersion = version;
    }

    /** Empty for a session that no staff login opened. */
    OptionalInt rightsVersion() {
        return rightsVersion == null ? OptionalInt.empty() : OptionalInt.of(rightsVersion);
    }
}
