package dev.pims.inquiry;

/** Where a case stands; every state but CLOSED is open and comes first in the queue. */
public enum InquiryState {
    /** Sent, nobody assigned yet. */
    RECEIVED,
    /** A member of staff is named to handle it. */
    ASSIGNED,
    /** At least one reply was mailed; the case stays open until the officer closes it. */
    ANSWERED,
    /** Closed: nothing more is done; destroyed three years later (policy §4). */
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
