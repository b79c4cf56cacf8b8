package dev.pims.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Times on pages: PIMS keeps them in UTC and shows them to the second, as the access-record practice asks. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    public String format(LocalDateTime time) {
        return time == null ? "" : TO_THE_SECOND.format(time);
    }
}
