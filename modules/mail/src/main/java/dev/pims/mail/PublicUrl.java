package dev.pims.mail;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one address at which members reach PIMS, {@code pims.public-url} (default {@value #DEFAULT}, the development
 * server): every link in every mail starts with it. It is configured, never taken from a request, because a request's
 * Host header is the client's to choose: a forged one must not put another domain into a verification mail. Read at
 * each use, so that a changed setting holds from the next mail on. {@code ./pims start --port N} sets it to
 * {@code http://127.0.0.1:N} unless it is configured.
 */
public final class PublicUrl {

    public static final String PROPERTY = "pims.public-url";
    public static final String DEFAULT = "http://127.0.0.1:8080";

    private PublicUrl() {}

    /** The configured address without a trailing slash, e.g. {@code https://pims.example.com}. */
    public static String base() {
        return withoutTrailingSlash(ConfigProvider.getConfig()
                .getOptionalValue(PROPERTY, String.class)
                .orElse(DEFAULT));
    }

    /** The address of a page of PIMS: {@code path} starts with a slash, e.g. {@code /verify?token=…}. */
    public static String of(String path) {
        return base() + path;
    }

    static String withoutTrailingSlash(String url) {
        return url.strip().replaceAll("/+$", "");
    }
}
