package org.supervision.plan.unit;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A responsible unit of the directory (a department, a county government, a court...). Its code is
 * stable: tokens carry it in the {@code unit} claim and other services key on it.
 */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    /** The name plans use most (市发展改革委); the full official name is usually an alias. Unique within its region. */
    @Column(nullable = false)
    public String name;

    /** The region it belongs to (its code); null: the deployment's home region, as units stored before regions. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "short_name")
    public String shortName;

    /** One of {@link UnitKind}'s codes. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitStatus status = UnitStatus.ACTIVE;

    /** Other names a plan may use (市发改委, 市发展和改革委员会...). */
    @ElementCollection
    @CollectionTable(name = "unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "alias", nullable = false)
    public Set<String> aliases = new LinkedHashSet<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
