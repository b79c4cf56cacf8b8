package dev.pims.membership;

import dev.pims.shared.DataCategory;

/** What a handler's member search looks at; each is a prefix search that an index serves. */
public enum SearchBy {
    /** The beginning of the e-mail address. */
    EMAIL(DataCategory.ACCOUNT),
    /** The beginning of the name. */
    NAME(DataCategory.BASIC_PROFILE),
    /** The first digits of the mobile number, hyphens or not. */
    PHONE(DataCategory.BASIC_PROFILE);

    private final DataCategory category;

    SearchBy(DataCategory category) {
        this.category = category;
    }

    /** The category the searched field belongs to: a handler without it may not search by it. */
    public DataCategory category() {
        return category;
    }
}
