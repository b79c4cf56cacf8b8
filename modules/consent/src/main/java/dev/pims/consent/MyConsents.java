package dev.pims.consent;

import java.util.List;

/** A member's consents as they stand, and their whole history, newest first. */
public class MyConsents {

    private final List<ConsentState> current;
    private final List<ConsentEntry> history;

    public MyConsents(List<ConsentState> current, List<ConsentEntry> history) {
        this.current = List.copyOf(current);
        this.history = List.copyOf(history);
    }

    public List<ConsentState> getCurrent() {
        return current;
    }

    public List<ConsentEntry> getHistory() {
        return history;
    }
}
