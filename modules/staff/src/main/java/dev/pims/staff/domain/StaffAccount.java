package dev.pims.staff.domain;

import dev.pims.shared.DataCategory;
import dev.pims.staff.StaffRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * One person of staff (policy §7B): a login of their own, never shared, a password of their own kept as a hash, and
 * the roles they are designated for, and the data categories of member data granted to them (their scope). A new or reset password must be changed at the next login.
 */
@Entity
@Table(name = "STAFF_ACCOUNT")
@NamedQuery(name = "StaffAccount.findByLoginId", query = "SELECT s FROM StaffAccount s WHERE s.loginId = :loginId")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LOGIN_ID", nullable = false, unique = true, length = 50)
    private String loginId;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "PASSWORD_CHANGED_AT", nullable = false)
    private LocalDateTime passwordChangedAt;

    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_ROLE", joinColumns = @JoinColumn(name = "STAFF_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", nullable = false, length = 20)
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    /** The data categories of member data this person may see (their scope); none unless granted. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "STAFF_CATEGORY", joinColumns = @JoinColumn(name = "STAFF_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, length = 30)
    private Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);

    @Version
    @Column(name = "VERSION")
    private int version;

    protected StaffAccount() {
    }

    /** A new account whose first password was handed over, so it must be changed at the first login. */
    public StaffAccount(String loginId, String passwordHash, Set<StaffRole> roles, LocalDateTime createdAt) {
        this.loginId = loginId;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
        this.mustChangePassword = true;
    }

    public Long getId() {
        return id;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<StaffRole> getRoles() {
        return EnumSet.copyOf(roles);
    }

    public Set<DataCategory> getCategories() {
        return categories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(categories);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
