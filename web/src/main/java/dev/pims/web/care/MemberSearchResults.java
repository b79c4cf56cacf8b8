package dev.pims.web.care;

import dev.pims.membership.MemberCare;
import dev.pims.membership.MemberSearchPage;
import dev.pims.membership.MemberSummary;
import dev.pims.membership.SearchBy;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The results of a member search, read one page at a time: each page is one audited SEARCH. The matches are never
 * counted (over a million members a count reads them all); the paginator offers the next page while one follows.
 * The page keeps it in its view, which a cluster replicates with the session: the service is looked up again where
 * the model finds none, since a reference handed to it would not be replicated with it.
 */
class MemberSearchResults extends LazyDataModel<MemberSummary> {

    private static final long serialVersionUID = 1L;

    private transient MemberCare care;
    private final SearchBy by;
    private final String prefix;
    private int knownRows;
    private List<MemberSummary> shown = List.of();

    MemberSearchResults(SearchBy by, String prefix) {
        this.by = by;
        this.prefix = prefix;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return knownRows;
    }

    @Override
    public List<MemberSummary> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        MemberSearchPage page = care().search(by, prefix, first, pageSize);
        shown = page.members();
        knownRows = first + shown.size() + (page.more() ? pageSize : 0);
        setRowCount(knownRows);
        return shown;
    }

    private MemberCare care() {
        if (care == null) {
            care = CDI.current().select(MemberCare.class).get();
        }
        return care;
    }

    @Override
    public String getRowKey(MemberSummary member) {
        return Long.toString(member.memberId());
    }

    @Override
    public MemberSummary getRowData(String rowKey) {
        return shown.stream()
                .filter(member -> getRowKey(member).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
