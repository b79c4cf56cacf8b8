package dev.pims.marketing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * For the demo start only ({@code web.setup.DemoData}): a newsletter written by PIMS itself, so that the privacy
 * officer finds one ready to send. Never from an HTTP request.
 */
public interface SyntheticNewsletters {

    /** Keeps a draft as written by {@code author}; returns its id. */
    long draft(@NotNull @Valid NewsletterDraft draft, @NotBlank String author);
}
