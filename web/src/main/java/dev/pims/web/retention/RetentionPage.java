package dev.pims.web.retention;

import dev.pims.jobs.JobRunView;
import dev.pims.retention.DestructionEntry;
import dev.pims.retention.RetentionOverview;
import dev.pims.retention.RuleStatus;
import dev.pims.web.FileDownload;
import dev.pims.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * {@code /admin/retention}: retention as the privacy officer runs it and the auditors read it (policy §4, §6). Every
 * rule with its period and what is due; "Run now" (the officer's only) starts the engine in the background and the
 * page polls the run's progress; below, the engine's latest runs and the destruction ledger, whose whole is a CSV file.
 */
@Named
@RequestScoped
public class RetentionPage {

    static final int RUNS_SHOWN = 10;
    static final int LEDGER_SHOWN = 50;
    static final String LEDGER_FILE = "destruction-ledger.csv";

    /** What a poll tick brings up to date once the run has ended: the progress itself is updated by every tick. */
    private static final String[] AFTER_THE_RUN = {"retention:rules", "retention:runs", "retention:ledger"};

    @Inject
    private RetentionOverview retention;

    private List<RuleStatus> rules;
    private Map<String, RuleStatus> rulesByName;
    private List<JobRunView> runs;
    private List<DestructionEntry> ledger;

    public void runNow() {
        if (!retention.runNow()) {
            Messages.info("retention.alreadyRunning");
        }
        runs = null;
        // The run is read before the rules' counts are rendered (they come first on the page), as on the dormancy page:
        // a run that ends in between is then seen running and the poll shows the counts anew, or seen ended.
        getRuns();
    }

    /** Each tick of the progress poll: at the run's end, the counts due, the runs and the ledger are shown anew. */
    public void tick() {
        if (!isRunning()) {
            PrimeFaces.current().ajax().update(AFTER_THE_RUN);
        }
    }

    public void downloadLedger() throws IOException {
        FileDownload.csv(LEDGER_FILE, retention.ledgerCsv());
    }

    public List<RuleStatus> getRules() {
        if (rules == null) {
            rules = retention.rules(
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            rulesByName = rules.stream().collect(Collectors.toMap(RuleStatus::name, Function.identity()));
        }
        return rules;
    }

    public List<JobRunView> getRuns() {
        if (runs == null) {
            runs = retention.recentRuns(RUNS_SHOWN);
        }
        return runs;
    }

    /** The engine's latest run, or null before the first. */
    public JobRunView getLatestRun() {
        return getRuns().isEmpty() ? null : getRuns().get(0);
    }

    public boolean isRunning() {
        return getLatestRun() != null && getLatestRun().isRunning();
    }

    public List<DestructionEntry> getLedger() {
        if (ledger == null) {
            ledger = retention.ledger(LEDGER_SHOWN);
        }
        return ledger;
    }

    /** What a rule of the ledger destroyed, in the viewer's language; its name if the rule is no longer registered. */
    public String recordsOf(String rule) {
        getRules();
        RuleStatus registered = rulesByName.get(rule);
        return registered == null ? rule : registered.text().records();
    }
}
