package dev.pims.inspection.domain;

import dev.pims.audit.AccessTask;
import dev.pims.inspection.ActorCounts;
import dev.pims.inspection.InspectionRefusal;
import dev.pims.inspection.InspectionReportView;
import dev.pims.inspection.InspectionSummary;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inspection of one month of the access log (safety-measures standard Art. 8): per-actor counts by task, the
 * flags, and the auditor's sign-off. Made once per month; after the sign-off nothing of it changes. Kept like the
 * access records it inspects.
 */
@Entity
@Table(name = "INSPECTION_REPORT")
@NamedQuery(name = "InspectionReport.findByPeriod", query = "SELECT r FROM InspectionReport r WHERE r.period = :period")
@NamedQuery(name = "InspectionReport.newestFirst", query = "SELECT r FROM InspectionReport r ORDER BY r.period DESC")
public class InspectionReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The month, {@code yyyy-MM}. */
    @Column(name = "PERIOD", nullable = false, updatable = false, length = 7)
    private String period;

    @Column(name = "ZONE", nullable = false, updatable = false, length = 40)
    private String zone;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "SETTINGS", nullable = false, updatable = false, length = 300)
    private String settings;

    @Column(name = "SIGNED_OFF_AT")
    private LocalDateTime signedOffAt;

    @Column(name = "SIGNED_OFF_BY", length = 100)
    private String signedOffBy;

    @Column(name = "SIGN_OFF_NOTE", length = 1000)
    private String signOffNote;

    @Version
    @Column(name = "VERSION")
    private int version;

    @ElementCollection
    @CollectionTable(name = "INSPECTION_ACTOR_COUNT", joinColumns = @JoinColumn(name = "REPORT_ID"))
    @OrderBy("actorId ASC, task ASC")
    private List<ActorTaskCount> counts = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<InspectionFlag> flags = new ArrayList<>();

    protected InspectionReport() {}

    public InspectionReport(
            String period,
            String zone,
            LocalDateTime createdAt,
            String createdBy,
            String settings,
            List<ActorTaskCount> counts,
            List<InspectionFlag> flags) {
        this.period = period;
        this.zone = zone;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.settings = settings;
        this.counts = new ArrayList<>(counts);
        this.flags = new ArrayList<>(flags);
        this.flags.forEach(flag -> flag.belongTo(this));
    }

    /**
     * @throws InspectionRefusal SIGNED_OFF when signed off already, FLAGS_NOT_REVIEWED while a flag waits for review
     */
    public void signOff(String by, LocalDateTime at, String note) {
        if (isSignedOff()) {
            throw new InspectionRefusal(InspectionRefusal.Reason.SIGNED_OFF);
        }
        if (flags.stream().anyMatch(flag -> !flag.isReviewed())) {
            throw new InspectionRefusal(InspectionRefusal.Reason.FLAGS_NOT_REVIEWED);
        }
        this.signedOffBy = by;
        this.signedOffAt = at;
        this.signOffNote = note;
    }

    public boolean isSignedOff() {
        return signedOffAt != null;
    }

    /** The report as one line of the list of reports. */
    public InspectionSummary toSummary() {
        return new InspectionSummary(
                period,
                createdAt,
                createdBy,
                flags.size(),
                (int) flags.stream().filter(flag -> !flag.isReviewed()).count(),
                signedOffAt);
    }

    /** The report as the auditor reads it: each actor's counts of every task, and the flags with their reviews. */
    public InspectionReportView toView() {
        Map<String, Map<AccessTask, Long>> byActor = new LinkedHashMap<>();
        for (ActorTaskCount count : counts) {
            byActor.computeIfAbsent(count.getActorId(), actor -> new EnumMap<>(AccessTask.class))
                    .put(count.getTask(), count.getRecords());
        }
        List<ActorCounts> actors = byActor.entrySet().stream()
                .map(actor -> new ActorCounts(actor.getKey(), actor.getValue()))
                .toList();
        return new InspectionReportView(
                period,
                zone,
                createdAt,
                createdBy,
                settings,
                signedOffAt,
                signedOffBy,
                signOffNote,
                actors,
                flags.stream().map(InspectionFlag::toView).toList());
    }

    public List<InspectionFlag> getFlags() {
        return List.copyOf(flags);
    }
}
