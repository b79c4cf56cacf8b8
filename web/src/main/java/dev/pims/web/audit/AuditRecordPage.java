package dev.pims.web.audit;

import dev.pims.accesslog.AccessLog;
import dev.pims.audit.records.AccessRecord;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /audit/record?id=…}: one access record with every field and its subjects by id. */
@Named
@ViewScoped
public class AuditRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccessLog log;

    private Long id;
    private AccessRecord entry;

    public void load() {
        entry = id == null ? null : log.entry(id).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AccessRecord getEntry() {
        return entry;
    }
}
