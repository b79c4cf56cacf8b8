package dev.pims.web.care;

import dev.pims.membership.MemberCare;
import dev.pims.membership.MemberSummary;
import dev.pims.membership.SearchBy;
import dev.pims.shared.Principals;
import dev.pims.web.FileDownload;
import dev.pims.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /admin/members}: a handler's member search, and the export of the members they select, for a reason, as a
 * CSV file of their categories only (policy §7B). web.xml lets HANDLERs only in; the service checks again.
 */
@Named
@ViewScoped
public class MembersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    private MemberCare care;

    private SearchBy by = SearchBy.NAME;

    @Size(max = 254, message = "{pims.field.tooLong}")
    private String text;

    @Size(max = MemberCare.REASON_MAX, message = "{pims.field.tooLong}")
    private String exportReason;

    private MemberSearchResults results;
    private List<MemberSummary> selected = new ArrayList<>();

    public void search() {
        results = text == null || text.isBlank() ? null : new MemberSearchResults(by, text);
        selected = new ArrayList<>();
    }

    public void export() throws IOException {
        if (selected.isEmpty()) {
            Messages.error("care.export.noneSelected");
            return;
        }
        if (exportReason == null || exportReason.isBlank()) {
            Messages.fieldError("export:exportReason", "care.reason.required");
            return;
        }
        FileDownload.csv(
                "members.csv",
                care.export(selected.stream().map(MemberSummary::memberId).toList(), exportReason)
                        .csv());
    }

    /** Only the fields of the handler's categories: a search by another would be refused. */
    public List<SearchBy> getSearchFields() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Stream.of(SearchBy.values())
                .filter(field -> external.isUserInRole(Principals.scopeRole(field.category())))
                .toList();
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public SearchBy getBy() {
        return by;
    }

    public void setBy(SearchBy by) {
        this.by = by;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getExportReason() {
        return exportReason;
    }

    public void setExportReason(String exportReason) {
        this.exportReason = exportReason;
    }

    public MemberSearchResults getResults() {
        return results;
    }

    public List<MemberSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<MemberSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
