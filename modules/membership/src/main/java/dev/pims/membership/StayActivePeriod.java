package dev.pims.membership;

/**
 * For how long a member may agree to keep the account active however long they are idle (policy §4C, second
 * sentence: a period agreed individually, announced in advance).
 */
public enum StayActivePeriod {
    ONE_YEAR(1),
    THREE_YEARS(3),
    FIVE_YEARS(5);

    private final int years;

    StayActivePeriod(int years) {
        this.years = years;
    }

    public int years() {
        return years;
    }
}
