package dev.pims.web.staff;

import dev.pims.staff.AccessRightsHistory;
import dev.pims.staff.RightsChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code /admin/rights} and {@code /audit/rights}: the access-rights history for the privacy officer and the
 * auditors (safety-measures standard Art. 5(3)), newest first, read from the database a page at a time.
 */
@Named
@ViewScoped
public class RightsHistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccessRightsHistory history;

    private final LazyDataModel<RightsChange> changes = new NewestFirst();

    public LazyDataModel<RightsChange> getChanges() {
        return changes;
    }

    /** The history in the one order it has; the table offers no sorting or filtering. */
    private final class NewestFirst extends LazyDataModel<RightsChange> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(history.size());
        }

        @Override
        public List<RightsChange> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return history.newestFirst(first, pageSize);
        }
    }
}
