package dev.pims.usage;

/** What the member did in the main service. */
public enum UsageKind {
    /** Ran a search; the detail is the search terms. */
    SEARCH_RUN,
    /** Submitted an image for recognition; the detail is the image's id. */
    IMAGE_SUBMITTED,
    /** Clicked a recommendation; the detail is the item's id. */
    RECOMMENDATION_CLICKED
}
