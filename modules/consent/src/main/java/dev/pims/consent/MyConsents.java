package dev.pims.consent;

import java.io.Serializable;
import java.util.List;

/** A member's consents as they stand, and their whole history, newest first. */
public record MyConsents(List<ConsentState> current, List<ConsentEntry> history) implements Serializable {

    public MyConsents {
        current = List.copyOf(current);
        history = List.copyOf(history);
    }
}
