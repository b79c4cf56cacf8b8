package dev.pims.partners.domain;

import dev.pims.membership.CareField;
import dev.pims.partners.PartnerForm;
import dev.pims.partners.PartnerView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A third party members' data may be provided to with their consent (policy §3A, §3B): who, for what purpose, which
 * items, kept how long by it. No member's data: the privacy officer keeps the registry.
 */
@Entity
@Table(name = "PARTNER_REGISTRY")
@NamedQuery(name = "Partner.findAll", query = "SELECT p FROM Partner p ORDER BY p.name, p.id")
@NamedQuery(name = "Partner.findActive", query = "SELECT p FROM Partner p WHERE p.active = TRUE ORDER BY p.name, p.id")
@NamedQuery(name = "Partner.findByName", query = "SELECT p FROM Partner p WHERE p.name = :name")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "PURPOSE", nullable = false, length = 500)
    private String purpose;

    /** Membership's field names, comma-separated, in the order registered. */
    @Column(name = "ITEMS", nullable = false, length = 500)
    private String items;

    @Column(name = "RETENTION", nullable = false, length = 200)
    private String retention;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "REGISTERED_AT", nullable = false)
    private LocalDateTime registeredAt;

    protected Partner() {}

    public Partner(PartnerForm form, LocalDateTime registeredAt) {
        this.name = form.getName().trim();
        this.purpose = form.getPurpose().trim();
        this.items = form.getItems().stream().distinct().map(CareField::name).collect(Collectors.joining(","));
        this.retention = form.getRetention().trim();
        this.active = true;
        this.registeredAt = registeredAt;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<CareField> items() {
        return Arrays.stream(items.split(",")).map(CareField::valueOf).toList();
    }

    public String purpose() {
        return purpose;
    }

    public String retention() {
        return retention;
    }

    public PartnerView toView() {
        return new PartnerView(id, name, purpose, items(), retention, active, registeredAt);
    }
}
