package dev.pims.web.audit;

import dev.pims.accesslog.AccessLog;
import dev.pims.accesslog.ActivityOverview;
import dev.pims.audit.AccessTask;
import dev.pims.audit.records.AccessRecords.ActorCount;
import dev.pims.web.Dates;
import dev.pims.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * {@code /audit/dashboard}: the access log of a period in charts (default the last 30 days, UTC): records per day by
 * task, the most active actors, downloads and denied attempts per day. The counts come from grouped queries that read
 * one index over the period, never the records themselves.
 */
@Named
@ViewScoped
public class AuditDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_DAYS = 30;
    private static final String[] TASK_COLOURS = {
        "#1f5fbf", "#4f9d69", "#c28a1e", "#7d4fb3", "#b3261e", "#5b6478", "#0f8a8a"
    };

    @Inject
    private AccessLog log;

    private LocalDate from;
    private LocalDate to;
    private ActivityOverview overview;

    @PostConstruct
    void lastThirtyDays() {
        to = Dates.today();
        from = to.minusDays(DEFAULT_DAYS - 1L);
        show();
    }

    public void show() {
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(AccessLog.DASHBOARD_DAYS_MAX).isBefore(to)) {
            Messages.error("audit.dashboard.badPeriod", AccessLog.DASHBOARD_DAYS_MAX);
            return;
        }
        overview = log.overview(from, to);
    }

    public String getTasksChart() {
        ChartJson chart = new ChartJson("bar", days()).stacked();
        int colour = 0;
        for (AccessTask task : AccessTask.values()) {
            chart.dataset(
                    label("audit.task." + task),
                    overview.perDayByTask().get(task),
                    TASK_COLOURS[colour++ % TASK_COLOURS.length]);
        }
        return chart.json();
    }

    public String getActorsChart() {
        return new ChartJson(
                        "bar",
                        overview.topActors().stream().map(ActorCount::actorId).toList())
                .horizontal()
                .dataset(
                        label("audit.dashboard.records"),
                        overview.topActors().stream().map(ActorCount::records).toList(),
                        "#1f5fbf")
                .json();
    }

    public String getDownloadsChart() {
        return new ChartJson("bar", days())
                .dataset(label("audit.dashboard.downloads"), overview.downloadsPerDay(), "#c28a1e")
                .json();
    }

    public String getDeniedChart() {
        return new ChartJson("bar", days())
                .dataset(label("audit.dashboard.denied"), overview.deniedPerDay(), "#b3261e")
                .json();
    }

    private List<String> days() {
        return overview.days().stream().map(LocalDate::toString).toList();
    }

    private static String label(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(
                        "dev.pims.web.messages", faces.getViewRoot().getLocale())
                .getString(key);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ActivityOverview getOverview() {
        return overview;
    }
}
