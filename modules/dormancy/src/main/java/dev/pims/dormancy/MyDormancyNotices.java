package dev.pims.dormancy;

import java.util.List;

/**
 * A signed-in member's own dormancy notices (policy §4C, §5): when each was sent, the date it announced and what became
 * of it, newest first, for the download of everything PIMS holds about the member. Acts on the calling member only.
 */
public interface MyDormancyNotices {

    List<MyDormancyNotice> viewMine();
}
