package dev.pims.web.notices;

import dev.pims.jobs.JobRunView;
import dev.pims.notices.BusinessTransfers;
import dev.pims.notices.TransferForm;
import dev.pims.notices.TransferRefusal;
import dev.pims.notices.TransferSummary;
import dev.pims.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalLong;
import org.primefaces.PrimeFaces;

/**
 * {@code /admin/transfers}: business transfers as the privacy officer records them and the auditors read them (policy
 * §10). The officer records a transfer at least 30 days ahead; recorded, it is on the board at once and its mail job
 * starts, whose progress the page polls by the run's id, as the dormancy page does. Below, every transfer with how many
 * members were mailed, and the job's latest runs. View-scoped for the form and the id of the run this view started.
 */
@Named
@ViewScoped
public class TransfersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int RUNS_SHOWN = 10;

    private static final String[] AFTER_THE_RUN = {"transfers:list", "transfers:runs"};

    @Inject
    private BusinessTransfers transfers;

    private TransferForm form = new TransferForm();

    private Long startedRun;

    private transient List<TransferSummary> list;
    private transient List<JobRunView> runs;
    private transient JobRunView run;
    private transient boolean runRead;

    public void record() {
        try {
            transfers.record(form);
        } catch (TransferRefusal tooSoon) {
            Messages.fieldError(
                    "transfers:transferOn",
                    "transfers.tooSoon",
                    DateTimeFormatter.ISO_LOCAL_DATE.format(tooSoon.earliest()));
            return;
        }
        form = new TransferForm();
        Messages.info("transfers.recorded");
        mailNow();
    }

    public void mailNow() {
        forget();
        OptionalLong started = transfers.mailNow();
        if (started.isPresent()) {
            startedRun = started.getAsLong();
            Messages.info("transfers.started", startedRun);
        } else {
            Messages.info("transfers.alreadyRunning");
        }
        // The run is read before the list's mail counts are rendered (the list comes first on the page), as on the
        // dormancy page: a run that ends in between is then seen running and the poll shows the list anew, or seen
        // ended.
        getRun();
    }

    /** Each tick of the progress poll: at the run's end, the list and the runs are shown anew. */
    public void tick() {
        forget();
        if (!isRunning()) {
            PrimeFaces.current().ajax().update(AFTER_THE_RUN);
        }
    }

    private void forget() {
        list = null;
        runs = null;
        run = null;
        runRead = false;
    }

    public TransferForm getForm() {
        return form;
    }

    public List<TransferSummary> getList() {
        if (list == null) {
            list = transfers.all();
        }
        return list;
    }

    public List<JobRunView> getRuns() {
        if (runs == null) {
            runs = transfers.recentRuns(RUNS_SHOWN);
        }
        return runs;
    }

    /** The run the progress is of: the one this view started, else the job's latest; null before any. */
    public JobRunView getRun() {
        if (!runRead) {
            run = startedRun != null
                    ? transfers.run(startedRun).orElse(null)
                    : getRuns().stream().findFirst().orElse(null);
            runRead = true;
        }
        return run;
    }

    public boolean isRunning() {
        return getRun() != null && getRun().isRunning();
    }
}
