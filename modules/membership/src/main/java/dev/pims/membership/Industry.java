package dev.pims.membership;

/** The industry a member's company works in, asked on the application form. */
public enum Industry {
    FASHION,
    RETAIL,
    ECOMMERCE,
    MEDIA,
    OTHER
}
