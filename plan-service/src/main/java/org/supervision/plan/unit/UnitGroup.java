package org.supervision.plan.unit;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Units that plans address at once ({@code 各县区人民政府}): a measure naming the group is
 * assigned to each member when the plan is published.
 */
@Entity
@Table(name = "unit_group")
public class UnitGroup extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    /** Unique within its region: each city has its 各县区人民政府. */
    @Column(nullable = false)
    public String name;

    /** The region whose plans name it (its code); null: the deployment's home region. */
    @Column(name = "region_code")
    public String regionCode;

    @ElementCollection
    @CollectionTable(name = "unit_group_alias", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "alias", nullable = false)
    public Set<String> aliases = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "unit_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "unit_id", nullable = false)
    public Set<UUID> members = new LinkedHashSet<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
