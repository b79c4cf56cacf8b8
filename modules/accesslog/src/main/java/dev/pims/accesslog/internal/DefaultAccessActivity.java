package dev.pims.accesslog.internal;

import dev.pims.accesslog.AccessActivity;
import dev.pims.audit.AccessDeniedException;
import dev.pims.audit.AccessTask;
import dev.pims.audit.records.AccessLogFilter;
import dev.pims.audit.records.AccessRecord;
import dev.pims.audit.records.AccessRecords;
import dev.pims.audit.records.AccessRecords.DailySubjects;
import dev.pims.audit.records.AccessRecords.HourlyActivity;
import dev.pims.shared.Principals;
import dev.pims.shared.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * The access log summed up for the monthly inspection. An auditor on a page, or PIMS itself outside any request (the
 * monthly job), may ask; a request by anybody else is refused. The container cannot say "a role or no request at all",
 * so the check is made here, on every method.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.AUDITOR_ROLE)
public class DefaultAccessActivity implements AccessActivity {

    @Inject
    private AccessRecords records;

    @Inject
    private RequestOrigin origin;

    @Resource
    private SessionContext session;

    @Override
    public List<HourlyActivity> hourly(LocalDateTime from, LocalDateTime to) {
        requireAuditorOrSystem();
        return records.hourly(from, to);
    }

    @Override
    public List<DailySubjects> subjectsPerDay(
            LocalDateTime from, LocalDateTime to, ZoneOffset dayOffset, long moreThan) {
        requireAuditorOrSystem();
        return records.subjectsPerDay(from, to, dayOffset, moreThan);
    }

    @Override
    public List<AccessRecord> downloads(LocalDateTime from, LocalDateTime to) {
        requireAuditorOrSystem();
        AccessLogFilter filter = new AccessLogFilter();
        filter.setTask(AccessTask.DOWNLOAD);
        filter.setFrom(from);
        filter.setTo(to);
        // Downloads are few: a month holding more than an export would still be read whole, oldest first.
        return records.find(filter, null, Integer.MAX_VALUE / 2).stream()
                .sorted(Comparator.comparing(AccessRecord::occurredAt).thenComparing(AccessRecord::id))
                .toList();
    }

    private void requireAuditorOrSystem() {
        if (origin.isHttpRequest() && !session.isCallerInRole(Principals.AUDITOR_ROLE)) {
            throw new AccessDeniedException("Only an auditor or PIMS itself reads the access activity");
        }
    }
}
