package dev.pims.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times on pages: PIMS keeps them in UTC and shows them to the second, as the access-record practice asks. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    /**
     * The clock, looked up when needed: a view-scoped page may be serialized with the session, and a Clock is not
     * serializable, so such a page does not keep one in a field.
     */
    public static Clock clock() {
        return CDI.current().select(Clock.class).get();
    }

    /** Today in UTC, by {@link #clock()}. */
    public static LocalDate today() {
        return LocalDate.now(clock().withZone(ZoneOffset.UTC));
    }

    public String format(LocalDateTime time) {
        return time == null ? "" : TO_THE_SECOND.format(time);
    }
}
