package dev.pims.accesslog.internal;

import dev.pims.accesslog.MyAccess;
import dev.pims.accesslog.MyAccessLog;
import dev.pims.accesslog.MyAccessPage;
import dev.pims.audit.AccessTask;
import dev.pims.audit.CallingMember;
import dev.pims.audit.PersonalDataAccess;
import dev.pims.audit.records.AccessLogCursor;
import dev.pims.audit.records.AccessLogFilter;
import dev.pims.audit.records.AccessRecord;
import dev.pims.audit.records.AccessRecords;
import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's reading of the access records that name them (policy §5, §11), by the auditors' index by subject. The
 * member comes from the security context ({@link CallingMember}), never from the page; the audited road checks the
 * MEMBER role, so the container lets every caller through to it. The records' actor ids and addresses stay here.
 */
@Stateless
@PermitAll
@DeclareRoles(Principals.MEMBER_ROLE)
public class DefaultMyAccessLog implements MyAccessLog {

    /** How many records the download reads at a time, by the same keyset as the pages. */
    private static final int DOWNLOAD_SLICE = 500;

    @Inject
    private AccessRecords records;

    @Inject
    private CallingMember caller;

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.ACCESS_LOG, roles = Principals.MEMBER_ROLE)
    public MyAccessPage viewMyAccesses(AccessLogCursor after) {
        // One record more than a page tells whether an older page follows, without counting.
        List<AccessRecord> found = records.find(ofCaller(), after, PAGE_SIZE + 1);
        List<AccessRecord> page = found.stream().limit(PAGE_SIZE).toList();
        AccessLogCursor next = found.size() > PAGE_SIZE ? cursorAfter(page) : null;
        return new MyAccessPage(page.stream().map(MyAccess::of).toList(), next);
    }

    @Override
    @PersonalDataAccess(task = AccessTask.VIEW, categories = DataCategory.ACCESS_LOG, roles = Principals.MEMBER_ROLE)
    public List<MyAccess> viewAllMyAccesses() {
        AccessLogFilter filter = ofCaller();
        List<MyAccess> all = new ArrayList<>();
        AccessLogCursor after = null;
        List<AccessRecord> slice;
        do {
            slice = records.find(filter, after, DOWNLOAD_SLICE);
            slice.stream().map(MyAccess::of).forEach(all::add);
            after = slice.isEmpty() ? null : cursorAfter(slice);
        } while (slice.size() == DOWNLOAD_SLICE);
        return all;
    }

    private AccessLogFilter ofCaller() {
        AccessLogFilter filter = new AccessLogFilter();
        filter.setSubjectId(caller.id());
        return filter;
    }

    private static AccessLogCursor cursorAfter(List<AccessRecord> records) {
        AccessRecord last = records.get(records.size() - 1);
        return new AccessLogCursor(last.occurredAt(), last.id());
    }
}
