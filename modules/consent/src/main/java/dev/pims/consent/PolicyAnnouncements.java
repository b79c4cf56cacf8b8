package dev.pims.consent;

import java.util.List;

/** The policy versions the notice board shows now (policy §13): public, so not personal data and not audited. */
public interface PolicyAnnouncements {

    /** Versions announced by now whose effective date is at most 30 days ago, the newest announcement first. */
    List<PolicyAnnouncement> current();
}
